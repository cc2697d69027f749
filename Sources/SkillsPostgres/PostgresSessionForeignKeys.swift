import PostgresNIO

/// The `sessions` table's foreign keys, set aside while a large import writes its rows and put back before it commits.
///
/// PostgreSQL checks a foreign key row by row as rows go in, which was most of the time a large import took; putting the
/// key back checks every stored row in one join instead. Every imported row has already been checked against the
/// learners and tutors it names (`SessionRowCheck`) while the write lock is held, so the keys hold throughout, and the
/// import's one transaction keeps it all-or-nothing: if a key could not be put back, nothing is written. Setting a key
/// aside locks `sessions` and the tables it points at against readers until the import commits, and putting it back
/// reads every stored session, so it is done only when the import brings at least a quarter as many sessions as are
/// stored (`worthSettingAside`; docs/deployment.md says what this means for a busy server).
struct PostgresSessionForeignKeys {
    /// Each key's `ADD CONSTRAINT` clause, as PostgreSQL describes it, so it comes back exactly as it was.
    private let definitions: [String]

    /// Whether adding `rows` sessions is large enough to set the keys aside: the stored sessions are counted only up
    /// to the point that decides it.
    static func worthSettingAside(adding rows: Int, _ connection: PostgresConnection) async throws -> Bool {
        guard rows > 0 else { return false }
        let limit = rows * storedPerImportedRow
        let stored = try await connection.value(
            PostgresQuery(unsafeSQL: "SELECT count(*) FROM (SELECT FROM sessions LIMIT \(limit)) stored"), as: Int.self)
        return stored ?? 0 < limit
    }

    /// Above this many stored sessions for each one imported, the keys stay and check row by row.
    static let storedPerImportedRow = 4

    /// Drops the keys, remembering how to put them back.
    static func setAside(_ connection: PostgresConnection) async throws -> PostgresSessionForeignKeys {
        let rows = try await connection.query(
            """
            SELECT format('ADD CONSTRAINT %I %s', conname, pg_get_constraintdef(oid)), format('DROP CONSTRAINT %I', conname)
            FROM pg_constraint WHERE conrelid = 'sessions'::regclass AND contype = 'f' ORDER BY conname
            """, logger: PostgresConnection.quiet)
        var definitions: [String] = []
        var drops: [String] = []
        for try await (definition, drop) in rows.decode((String, String).self) {
            definitions.append(definition)
            drops.append(drop)
        }
        if !drops.isEmpty {
            try await connection.execute(PostgresQuery(unsafeSQL: "ALTER TABLE sessions " + drops.joined(separator: ", ")))
        }
        return PostgresSessionForeignKeys(definitions: definitions)
    }

    /// Adds the keys back, which checks every stored session against them.
    func putBack(_ connection: PostgresConnection) async throws {
        guard !definitions.isEmpty else { return }
        try await connection.execute(PostgresQuery(unsafeSQL: "ALTER TABLE sessions " + definitions.joined(separator: ", ")))
    }
}
