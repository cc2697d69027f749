import PostgresNIO
import SkillsCore
import SkillsStore

extension PostgresStore: AuditStore {
    public func auditLog(_ filter: AuditFilter) async throws -> [AuditEntry] {
        var conditions = PostgresConditions()
        try conditions.add("actor = ?", filter.actor)
        try conditions.add("record = ?", filter.record)
        try conditions.add("at >= ?", filter.from?.description)
        try conditions.add("substr(at, 1, 10) <= ?", filter.to?.description)
        let limit = try conditions.placeholder(for: filter.limit)
        return try await read { [conditions] connection in
            try await connection.rows(
                conditions.query("SELECT * FROM audit_log \(conditions.whereClause) ORDER BY id DESC LIMIT \(limit)")
            ).map(Self.auditEntry(from:))
        }
    }

    public func recordRestore(from path: String, by actor: String) async throws {
        try await writeTransaction { connection in
            _ = try await PostgresAuditTrail.append(
                connection, at: clock.now(), actor: actor, action: "programme.restore", record: "programme", details: ["from": path])
        }
    }

    /// Walks the whole chain in one snapshot, streaming: every entry's hash, its link to the one before, its details'
    /// digest, and no gaps.
    public func verifyAudit() async throws -> AuditCheck {
        try await read { connection in
            var previous = AuditChain.genesis
            var count = 0
            let rows = try await connection.query("SELECT * FROM audit_log ORDER BY id", logger: PostgresConnection.quiet)
            for try await row in rows {
                let entry = try PostgresAuditTrail.entry(row.makeRandomAccess())
                count += 1
                if let message = AuditChain.problem(with: entry, expectedID: Int64(count), previous: previous) {
                    return AuditCheck(entries: count, head: previous, problem: (entry.id, message))
                }
                previous = entry.hash
            }
            return AuditCheck(entries: count, head: previous)
        }
    }

    static func auditEntry(from row: PostgresRandomAccessRow) throws -> AuditEntry {
        AuditEntry(
            id: try row.value("id"), at: try row.value("at"), actor: try row.value("actor"), action: try row.value("action"),
            record: try row.value("record"), details: try row.value("details"), hash: try row.value("hash"))
    }
}
