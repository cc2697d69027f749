import PostgresNIO

/// The `sessions` table's foreign keys, and for a copy straight into the table its unique key and secondary indexes
/// too, set aside while a large import writes its rows and put back before it commits.
///
/// PostgreSQL checks a foreign key and updates every index row by row as rows go in, which was most of the time a large
/// import took; putting a key back checks every stored row in one join, and building an index sorts them once. Every
/// imported row has already been checked against the learners and tutors it names (`SessionRowCheck`) while the write
/// lock is held, so the foreign keys hold throughout; the unique key is checked when it is put back, and a file that
/// breaks it is then imported the staged way instead (`PostgresSessionImport`). The import's one transaction keeps it
/// all-or-nothing: if a key could not be put back, nothing is written. Setting a key aside locks `sessions` and the
/// tables it points at against readers until the import commits, and putting it back reads every stored session, so it
/// is done only when the import brings at least a quarter as many sessions as are stored (`worthSettingAside`;
/// docs/deployment.md says what this means for a busy server).
struct PostgresSessionKeys {
    /// Each key's `ADD CONSTRAINT` clause or each index's `CREATE INDEX` statement, as PostgreSQL describes it, so it
    /// comes back exactly as it was: the unique key first, so a file that breaks it is found before anything else is
    /// built.
    private let uniqueKeys: [String]
    private let indexes: [String]
    private let foreignKeys: [String]

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

    /// Drops the foreign keys, and with `indexes` the unique keys and the secondary indexes too (the primary key stays),
    /// remembering how to put them back.
    static func setAside(_ connection: PostgresConnection, indexes: Bool) async throws -> PostgresSessionKeys {
        let kinds = indexes ? "'f', 'u'" : "'f'"
        let rows = try await connection.query(
            PostgresQuery(
                unsafeSQL: """
                    SELECT contype::text, format('ADD CONSTRAINT %I %s', conname, pg_get_constraintdef(oid)),
                      format('DROP CONSTRAINT %I', conname)
                    FROM pg_constraint WHERE conrelid = 'sessions'::regclass AND contype IN (\(kinds)) ORDER BY conname
                    """), logger: PostgresConnection.quiet)
        var uniqueKeys: [String] = []
        var foreignKeys: [String] = []
        var drops: [String] = []
        for try await (kind, definition, drop) in rows.decode((String, String, String).self) {
            if kind == "u" { uniqueKeys.append(definition) } else { foreignKeys.append(definition) }
            drops.append(drop)
        }
        if !drops.isEmpty {
            try await connection.execute(PostgresQuery(unsafeSQL: "ALTER TABLE sessions " + drops.joined(separator: ", ")))
        }
        var indexDefinitions: [String] = []
        if indexes {
            let standalone = try await connection.query(
                """
                SELECT pg_get_indexdef(i.indexrelid), format('DROP INDEX %I', c.relname)
                FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                WHERE i.indrelid = 'sessions'::regclass
                  AND NOT EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = i.indexrelid)
                ORDER BY c.relname
                """, logger: PostgresConnection.quiet)
            var dropIndexes: [String] = []
            for try await (definition, drop) in standalone.decode((String, String).self) {
                indexDefinitions.append(definition)
                dropIndexes.append(drop)
            }
            for drop in dropIndexes { try await connection.execute(PostgresQuery(unsafeSQL: drop)) }
        }
        return PostgresSessionKeys(uniqueKeys: uniqueKeys, indexes: indexDefinitions, foreignKeys: foreignKeys)
    }

    /// Puts everything back: the unique keys first (a file that breaks one fails here, with PostgreSQL's
    /// unique-violation error), then the indexes, then the foreign keys, which checks every stored session against them.
    /// Index builds sort in memory as far as `maintenance_work_mem` allows, raised for this transaction only.
    func putBack(_ connection: PostgresConnection) async throws {
        if !uniqueKeys.isEmpty || !indexes.isEmpty {
            try await connection.execute("SET LOCAL maintenance_work_mem = '256MB'")
        }
        if !uniqueKeys.isEmpty {
            try await connection.execute(PostgresQuery(unsafeSQL: "ALTER TABLE sessions " + uniqueKeys.joined(separator: ", ")))
        }
        for index in indexes { try await connection.execute(PostgresQuery(unsafeSQL: index)) }
        if !foreignKeys.isEmpty {
            try await connection.execute(PostgresQuery(unsafeSQL: "ALTER TABLE sessions " + foreignKeys.joined(separator: ", ")))
        }
    }
}
