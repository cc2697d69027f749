import GRDB

/// A table's secondary indexes, set aside once an import shows itself large next to what the table held, and built
/// again before the import commits.
///
/// SQLite updates every index row by row as rows go in, in whatever order the file gives them; building an index
/// afterwards sorts its entries once. For 100,000 learners into a programme with none, the two secondary indexes of
/// `learners` cost 0.18 s row by row and 0.09 s built afterwards (`Benchmarks/people-import.sh`). The unique index on
/// `ref` stays, since it is how a row already stored is found. The import is one transaction, so if it rolls back, the
/// indexes come back with everything else; readers keep the indexes their snapshot has until it commits.
struct LargeImportIndexes {
    /// Checked every this many rows written, so a small import never pays for building the indexes again.
    static let checkEvery = 10_000
    /// Building reads every row, so the indexes are set aside only once the import has written at least a quarter as
    /// many rows as the table held (the PostgreSQL session import's rule too).
    static let storedPerWrittenRow: Int64 = 4

    private let table: String
    /// The table's highest id before the import: its size, without counting rows (erasure keeps learners' rows).
    private let storedBefore: Int64
    private var written = 0
    /// The `CREATE INDEX` statements of the indexes set aside, to run again.
    private var setAside: [String]?

    init(of table: String, _ db: Database) throws {
        self.table = table
        storedBefore = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM \(table)") ?? 0
    }

    /// Counts one row written, setting the indexes aside when the import has become large enough.
    mutating func rowWritten(_ db: Database) throws {
        try rowsWritten(1, db)
    }

    /// Counts rows written, setting the indexes aside when the import has become large enough.
    mutating func rowsWritten(_ count: Int, _ db: Database) throws {
        let checksBefore = written / Self.checkEvery
        written += count
        guard setAside == nil, written / Self.checkEvery > checksBefore, Int64(written) * Self.storedPerWrittenRow >= storedBefore
        else { return }
        let indexes = try Row.fetchAll(
            db,
            sql: """
                SELECT name, sql FROM sqlite_master
                WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'
                ORDER BY name
                """, arguments: [table])
        for index in indexes { try db.execute(sql: "DROP INDEX \((index["name"] as String).quotedDatabaseIdentifier)") }
        setAside = indexes.map { $0["sql"] }
    }

    /// Builds again any index set aside; in the import's transaction, before it commits.
    func finish(_ db: Database) throws {
        for definition in setAside ?? [] { try db.execute(sql: definition) }
    }
}
