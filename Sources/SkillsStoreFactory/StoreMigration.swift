import SkillsCore
import SkillsPostgres
import SkillsSQLite
import SkillsStore

/// Moves a whole SQLite programme into an empty PostgreSQL database, audit chain and all, then proves the copy: the
/// same rows in every table and the same intact chain with the same head. The SQLite file is only read.
public enum StoreMigration {
    /// What the copy holds, as checked after it was written.
    public struct Result: Sendable {
        public var tables: [String: Int]
        public var audit: AuditCheck
    }

    /// Copies the programme at `path` into the empty database at `place`, as an administrator of the programme, and
    /// records the move as the first entry after the copied chain.
    public static func copy(from path: String, to place: PostgresLocation, by actor: String, clock: Clock) async throws -> Result {
        let source = try SQLiteStore.open(path: path, clock: clock)
        // Moving the whole programme is the administrators' to do, as managing roles and keys is.
        try Authorisation(actor, .manageRoles).check(actor: try await source.actor(named: actor), learnerCentres: [])
        let sourceAudit = try await source.verifyAudit()
        if let problem = sourceAudit.problem {
            throw ServiceError.unreadable(location: path, reason: "audit entry \(problem.id): \(problem.message); fix it before moving")
        }
        let tables = try source.tableCopies()
        let target = try await PostgresStore.create(place, clock: clock)
        try await target.load(tables)
        let counts = try await target.tableCounts()
        for table in tables where counts[table.name] != table.rows.count {
            throw ServiceError.interrupted(
                "the copy of \(table.name) holds \(counts[table.name] ?? 0) rows, not \(table.rows.count); drop the database and move again"
            )
        }
        let copied = try await target.verifyAudit()
        guard copied.problem == nil, copied.entries == sourceAudit.entries, copied.head == sourceAudit.head else {
            throw ServiceError.interrupted(
                "the copied audit chain does not match the original (\(copied.entries) entries, head \(copied.head)); drop the database and move again"
            )
        }
        try await target.recordMove(from: path, by: actor)
        return Result(tables: counts, audit: try await target.verifyAudit())
    }
}
