import Foundation
import GRDB
import SkillsCore
import SkillsStore

/// The append-only, hash-chained log of every change: who, when, what, on which record.
enum AuditTrail {
    /// Appends one entry, chained to the previous one, and returns its id.
    static func append(
        _ db: Database, at instant: Date, actor: String, action: String, record: String, details: [String: String]
    ) throws -> Int64 {
        let at = Timestamp.string(instant)
        let detailsText = AuditChain.canonicalJSON(details)
        let digest = AuditChain.sha256Hex(Data(detailsText.utf8))
        // The newest entry, by its integer primary key: one step down the table's b-tree. Statements are cached, as a
        // retention run appends thousands of entries in one transaction.
        let last = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"))
        let previous: String = last?["hash"] ?? AuditChain.genesis
        let id = (last?["id"] as Int64? ?? 0) + 1
        let hash = AuditChain.entryHash(
            id: id, at: at, actor: actor, action: action, record: record, detailsDigest: digest, previous: previous)
        try db.cachedStatement(
            sql: """
                INSERT INTO audit_log (id, at, actor, action, record, details, details_digest, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [id, at, actor, action, record, detailsText, digest, previous, hash])
        return id
    }
}

extension AuditTrail {
    /// Replaces the details of the newest entry (written earlier in the same transaction) and re-chains its hash.
    static func amend(_ db: Database, id: Int64, details: [String: String]) throws {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT * FROM audit_log WHERE id = ? AND id = (SELECT max(id) FROM audit_log)", arguments: [id])
        else {
            throw DatabaseError(message: "audit entry \(id) is not the newest; it cannot be amended")
        }
        let detailsText = AuditChain.canonicalJSON(details)
        let digest = AuditChain.sha256Hex(Data(detailsText.utf8))
        let hash = AuditChain.entryHash(
            id: id, at: row["at"], actor: row["actor"], action: row["action"], record: row["record"], detailsDigest: digest,
            previous: row["previous_hash"])
        try db.execute(
            sql: "UPDATE audit_log SET details = ?, details_digest = ?, hash = ? WHERE id = ?",
            arguments: [detailsText, digest, hash, id])
    }
}
