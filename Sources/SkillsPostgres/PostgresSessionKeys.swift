import PostgresNIO

/// The `sessions` table's foreign keys, and for a copy straight into the table its primary and unique keys and
/// secondary indexes too, set aside while a large import writes its rows and put back before it commits.
///
/// PostgreSQL checks a foreign key and updates every index row by row as rows go in, which was most of the time a large
/// import took; putting a key back checks every stored row in one join, and building an index sorts them once. Every
/// imported row has already been checked against the learners and tutors it names (`SessionRowCheck`) while the write
/// lock is held, so the foreign keys hold throughout; the unique key is checked when it is put back, and a file that
/// breaks it is then imported the staged way instead (`PostgresSessionImport`); the ids come from the table's own
/// sequence, so the primary key cannot break. The import's one transaction keeps it
/// all-or-nothing: if a key could not be put back, nothing is written. Setting a key aside locks `sessions` and the
/// tables it points at against readers until the import commits, and putting it back reads every stored session, so it
/// is done only when the import brings at least a quarter as many sessions as are stored (`worthSettingAside`;
/// docs/deployment.md says what this means for a busy server).
struct PostgresSessionKeys {
    /// Each key's `ADD CONSTRAINT` clause or each index's `CREATE INDEX` statement, as PostgreSQL describes it, so it
    /// comes back exactly as it was: the primary and unique keys first, so a file that breaks one is found before
    /// anything else is built.
    private let indexedKeys: [String]
    private let indexes: [String]
    private let foreignKeys: [String]
    /// Whether the copy takes its session ids from the sequence in blocks (`idsTakenAtOnce`).
    private let idsTakenInBlocks: Bool

    /// How many ids a copy straight into the table takes from the sessions' id sequence at once, rather than one a
    /// row: 0.83 s against 1.0 s for PostgreSQL to take a million rows. Nobody else can add a session meanwhile (the
    /// table is locked), so the ids stay in order; the block's unused ids are skipped, as a rolled-back insert's are.
    static let idsTakenAtOnce = 100_000

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

    /// Drops the foreign keys, and with `indexes` the primary and unique keys and the secondary indexes too and has
    /// session ids taken in blocks, remembering how to put it all back. Keeping the primary key's index up to date row by
    /// row cost PostgreSQL about 0.6 s for a million sessions; building it afterwards takes 0.36 s.
    static func setAside(_ connection: PostgresConnection, indexes: Bool) async throws -> PostgresSessionKeys {
        let kinds = indexes ? "'f', 'u', 'p'" : "'f'"
        let rows = try await connection.query(
            PostgresQuery(
                unsafeSQL: """
                    SELECT contype::text, format('ADD CONSTRAINT %I %s', conname, pg_get_constraintdef(oid)),
                      format('DROP CONSTRAINT %I', conname)
                    FROM pg_constraint WHERE conrelid = 'sessions'::regclass AND contype IN (\(kinds)) ORDER BY conname
                    """), logger: PostgresConnection.quiet)
        var indexedKeys: [String] = []
        var foreignKeys: [String] = []
        var drops: [String] = []
        for try await (kind, definition, drop) in rows.decode((String, String, String).self) {
            if kind == "f" { foreignKeys.append(definition) } else { indexedKeys.append(definition) }
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
            try await connection.execute(PostgresQuery(unsafeSQL: "ALTER TABLE sessions ALTER COLUMN id SET CACHE \(idsTakenAtOnce)"))
        }
        return PostgresSessionKeys(
            indexedKeys: indexedKeys, indexes: indexDefinitions, foreignKeys: foreignKeys, idsTakenInBlocks: indexes)
    }

    /// Puts everything back: the primary and unique keys first (a file that breaks one fails here, with PostgreSQL's
    /// unique-violation error), then the indexes, then the foreign keys, which checks every stored session against them.
    /// Index builds sort in memory as far as `maintenance_work_mem` allows, raised for this transaction only.
    func putBack(_ connection: PostgresConnection) async throws {
        if !indexedKeys.isEmpty || !indexes.isEmpty {
            try await connection.execute("SET LOCAL maintenance_work_mem = '256MB'")
        }
        if !indexedKeys.isEmpty {
            try await connection.execute(PostgresQuery(unsafeSQL: "ALTER TABLE sessions " + indexedKeys.joined(separator: ", ")))
        }
        for index in indexes { try await connection.execute(PostgresQuery(unsafeSQL: index)) }
        if !foreignKeys.isEmpty {
            try await connection.execute(PostgresQuery(unsafeSQL: "ALTER TABLE sessions " + foreignKeys.joined(separator: ", ")))
        }
        if idsTakenInBlocks {
            try await connection.execute("ALTER TABLE sessions ALTER COLUMN id SET CACHE 1")
            try await Self.forgetBlock(connection)
        }
    }

    /// Drops the ids this connection still holds from a block, so that its next session, on a server's pooled
    /// connection, takes the sequence's next id as everyone else's does.
    static func forgetBlock(_ connection: PostgresConnection) async throws {
        try await connection.execute("DISCARD SEQUENCES")
    }
}
