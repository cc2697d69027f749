import Foundation
import GRDB
import SkillsCore
import SkillsStore

extension SQLiteStore: AuditStore {
    public func auditLog(_ filter: AuditFilter) async throws -> [AuditEntry] {
        try read { db in
            var conditions = SQLConditions()
            conditions.add("actor = ?", filter.actor)
            conditions.add("record = ?", filter.record)
            conditions.add("at >= ?", filter.from?.description)
            conditions.add("substr(at, 1, 10) <= ?", filter.to?.description)
            var arguments = conditions.arguments
            arguments += [filter.limit]
            return try Row.fetchAll(
                db, sql: "SELECT * FROM audit_log \(conditions.whereClause) ORDER BY id DESC LIMIT ?", arguments: arguments
            ).map {
                AuditEntry(
                    id: $0["id"], at: $0["at"], actor: $0["actor"], action: $0["action"], record: $0["record"], details: $0["details"],
                    hash: $0["hash"])
            }
        }
    }

    public func recordRestore(from path: String, by actor: String) async throws {
        try writeTransaction { db in
            _ = try AuditTrail.append(
                db, at: clock.now(), actor: actor, action: "programme.restore", record: "programme", details: ["from": path])
        }
    }

    /// Walks the whole chain: every entry's hash, its link to the one before, its details' digest, and no gaps.
    public func verifyAudit() async throws -> AuditCheck {
        try read(Self.verifyAudit)
    }

    /// Walks the chain in an open database: also used on backups, which are checked without being converted.
    static func verifyAudit(_ db: Database) throws -> AuditCheck {
        var previous = AuditChain.genesis
        var count = 0
        let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM audit_log ORDER BY id")
        while let row = try cursor.next() {
            let entry = StoredAuditEntry(
                id: row["id"], at: row["at"], actor: row["actor"], action: row["action"], record: row["record"],
                details: row["details"], detailsDigest: row["details_digest"], previousHash: row["previous_hash"], hash: row["hash"])
            count += 1
            if let message = AuditChain.problem(with: entry, expectedID: Int64(count), previous: previous) {
                return AuditCheck(entries: count, head: previous, problem: (entry.id, message))
            }
            previous = entry.hash
        }
        return AuditCheck(entries: count, head: previous, problem: nil)
    }
}
