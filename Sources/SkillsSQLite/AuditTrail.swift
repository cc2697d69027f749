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
        try append(db, at: instant, actor: actor, action: action, entries: [(record, details)])[0]
    }

    /// Appends entries by one actor for one action at one instant, each chained to the one before, and returns their
    /// ids in order: consecutive, so the entry of the nth is the first id plus n. The chain's head is read once and
    /// carried forward, so a retention run that audits every learner it erases pays for one look-up per batch, not one
    /// per learner.
    static func append(
        _ db: Database, at instant: Date, actor: String, action: String, entries: [(record: String, details: [String: String])]
    ) throws -> [Int64] {
        let at = Timestamp.string(instant)
        // The newest entry, by its integer primary key: one step down the table's b-tree.
        let last = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"))
        var previous: String = last?["hash"] ?? AuditChain.genesis
        var id = last?["id"] as Int64? ?? 0
        let sql = """
            INSERT INTO audit_log (id, at, actor, action, record, details, details_digest, previous_hash, hash)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            """
        var ids: [Int64] = []
        ids.reserveCapacity(entries.count)
        // One entry, as nearly every change writes, goes through the connection's cached statement: compiling the
        // insert again for each one cost the server 3-10% of its recordings a second (`Benchmarks/serve.sh`).
        if entries.count == 1 {
            id += 1
            let (details, digest, hash) = chained(entries[0], id: id, at: at, actor: actor, action: action, previous: previous)
            try db.cachedStatement(sql: sql).execute(arguments: [id, at, actor, action, entries[0].record, details, digest, previous, hash])
            return [id]
        }
        // A batch is bound value by value rather than through an argument array: a retention run writes one entry per
        // learner. The time, actor and action are the same for every entry, so they are bound once.
        let insert = try RawStatement(db, sql)
        insert.bind(2, text: at)
        insert.bind(3, text: actor)
        insert.bind(4, text: action)
        for entry in entries {
            id += 1
            let (details, digest, hash) = chained(entry, id: id, at: at, actor: actor, action: action, previous: previous)
            insert.bind(1, id)
            insert.bind(5, text: entry.record)
            insert.bind(6, text: details)
            insert.bind(7, text: digest)
            insert.bind(8, text: previous)
            insert.bind(9, text: hash)
            try insert.execute()
            ids.append(id)
            previous = hash
        }
        return ids
    }

    /// An entry's details as stored, their digest, and the entry's hash chained to the one before.
    private static func chained(
        _ entry: (record: String, details: [String: String]), id: Int64, at: String, actor: String, action: String,
        previous: String
    ) -> (details: String, digest: String, hash: String) {
        let details = AuditChain.canonicalJSON(entry.details)
        let digest = AuditChain.sha256Hex(utf8: details)
        let hash = AuditChain.entryHash(
            id: id, at: at, actor: actor, action: action, record: entry.record, detailsDigest: digest, previous: previous)
        return (details, digest, hash)
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
        let digest = AuditChain.sha256Hex(utf8: detailsText)
        let hash = AuditChain.entryHash(
            id: id, at: row["at"], actor: row["actor"], action: row["action"], record: row["record"], detailsDigest: digest,
            previous: row["previous_hash"])
        try db.execute(
            sql: "UPDATE audit_log SET details = ?, details_digest = ?, hash = ? WHERE id = ?",
            arguments: [detailsText, digest, hash, id])
    }
}
