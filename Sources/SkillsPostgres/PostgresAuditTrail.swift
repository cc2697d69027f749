import Foundation
import PostgresNIO
import SkillsCore
import SkillsStore

/// The hash-chained audit trail in PostgreSQL. Callers hold the programme's write lock, so reading the head and
/// appending after it cannot interleave with another server's append.
enum PostgresAuditTrail {
    /// Appends one entry, chained to the previous one, and returns its id.
    static func append(
        _ connection: PostgresConnection, at instant: Date, actor: String, action: String, record: String, details: [String: String]
    ) async throws -> Int64 {
        let at = Timestamp.string(instant)
        let detailsText = AuditChain.canonicalJSON(details)
        let digest = AuditChain.sha256Hex(utf8: detailsText)
        let head = try await connection.rows("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").first
        let id = (try head?.value("id", as: Int64.self) ?? 0) + 1
        let previous = try head?.value("hash", as: String.self) ?? AuditChain.genesis
        let hash = AuditChain.entryHash(
            id: id, at: at, actor: actor, action: action, record: record, detailsDigest: digest, previous: previous)
        try await connection.execute(
            """
            INSERT INTO audit_log (id, at, actor, action, record, details, details_digest, previous_hash, hash)
            VALUES (\(id), \(at), \(actor), \(action), \(record), \(detailsText), \(digest), \(previous), \(hash))
            """)
        return id
    }

    /// Replaces the details of the newest entry (written earlier in the same transaction) and re-chains its hash.
    static func amend(_ connection: PostgresConnection, id: Int64, details: [String: String]) async throws {
        guard
            let row = try await connection.rows(
                "SELECT * FROM audit_log WHERE id = \(id) AND id = (SELECT max(id) FROM audit_log)"
            ).first
        else { throw ServiceError.interrupted("audit entry \(id) is not the newest; it cannot be amended") }
        let detailsText = AuditChain.canonicalJSON(details)
        let digest = AuditChain.sha256Hex(utf8: detailsText)
        let hash = AuditChain.entryHash(
            id: id, at: try row.value("at"), actor: try row.value("actor"), action: try row.value("action"),
            record: try row.value("record"), detailsDigest: digest, previous: try row.value("previous_hash"))
        try await connection.execute(
            "UPDATE audit_log SET details = \(detailsText), details_digest = \(digest), hash = \(hash) WHERE id = \(id)")
    }

    /// One stored entry as read from a row of `audit_log`.
    static func entry(_ row: PostgresRandomAccessRow) throws -> StoredAuditEntry {
        StoredAuditEntry(
            id: try row.value("id"), at: try row.value("at"), actor: try row.value("actor"), action: try row.value("action"),
            record: try row.value("record"), details: try row.value("details"), detailsDigest: try row.value("details_digest"),
            previousHash: try row.value("previous_hash"), hash: try row.value("hash"))
    }
}
