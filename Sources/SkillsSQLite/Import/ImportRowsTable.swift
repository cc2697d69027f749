import GRDB
import GRDBSQLite

/// Rows a bulk import holds in memory, which SQLite reads one by one through the table-valued function
/// `skills_import_rows(?)`, so a whole batch goes into its table in one `INSERT … SELECT`.
///
/// An insert bound and stepped per row starts its statement and opens its table's and index's cursors again for every
/// row. For 100,000 learners already in memory that took 0.13–0.14 s; reading them through this table took
/// 0.09–0.10 s, and SQLite's own `INSERT … SELECT` of the same rows from a temporary table 0.07 s (a build that timed
/// each phase).
///
/// The function's columns are `c0`, `c1` … `c11`; its one argument is an `ImportRows`, bound with
/// `ImportRows.bind(to:_:_:)`, whose closures give each row's values.
enum ImportRowsTable {
    static let name = "skills_import_rows"
    /// Columns enough for the widest table an import fills this way.
    static let columns = 12
    /// The type SQLite checks a bound pointer against, so no other pointer is ever read as rows.
    static let pointerType: StaticString = "skills.ImportRows"

    /// Gives a column text from bytes that stay alive until the statement has run; NULL for nil.
    static func text(_ bytes: UnsafeBufferPointer<UInt8>?, _ context: OpaquePointer?) {
        guard let bytes else { return sqlite3_result_null(context) }
        let empty: StaticString = ""
        let start = UnsafeRawPointer(bytes.baseAddress ?? UnsafePointer(empty.utf8Start))
        sqlite3_result_text(context, start.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil)
    }

    /// Gives a column text that SQLite copies.
    static func text(_ string: String, _ context: OpaquePointer?) {
        var string = string
        string.withUTF8 { bytes in
            let empty: StaticString = ""
            let start = UnsafeRawPointer(bytes.baseAddress ?? UnsafePointer(empty.utf8Start))
            sqlite3_result_text(context, start.assumingMemoryBound(to: CChar.self), Int32(bytes.count), RawStatement.transient)
        }
    }

    /// Gives a column an integer; NULL for nil.
    static func integer(_ value: Int64?, _ context: OpaquePointer?) {
        guard let value else { return sqlite3_result_null(context) }
        sqlite3_result_int64(context, value)
    }

    /// Makes the function known to a connection; `SQLiteStore` does this for every connection it opens.
    static func register(_ db: Database) throws {
        let status = sqlite3_create_module_v2(db.sqliteConnection, name, module, nil, nil)
        guard status == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: status), message: "cannot register \(name)")
        }
    }

    /// SQLite keeps this pointer for the connection's life, so it is made once and never freed.
    nonisolated(unsafe) private static let module: UnsafeMutablePointer<sqlite3_module> = {
        let module = UnsafeMutablePointer<sqlite3_module>.allocate(capacity: 1)
        module.initialize(to: sqlite3_module())
        // With no xCreate, the table exists in every schema without CREATE VIRTUAL TABLE (an eponymous table).
        module.pointee.xConnect = { db, _, _, _, table, _ in
            let columns = (0..<ImportRowsTable.columns).map { "c\($0)" }.joined(separator: ", ")
            let status = sqlite3_declare_vtab(db, "CREATE TABLE x(\(columns), rows HIDDEN)")
            guard status == SQLITE_OK else { return status }
            table?.pointee = UnsafeMutablePointer<sqlite3_vtab>.allocate(capacity: 1)
            table?.pointee?.initialize(to: sqlite3_vtab())
            return SQLITE_OK
        }
        module.pointee.xDisconnect = { table in
            table?.deallocate()
            return SQLITE_OK
        }
        module.pointee.xBestIndex = { _, info in
            guard let info else { return SQLITE_ERROR }
            // The only plan: the rows argument, given as `skills_import_rows(?)`, which is an equality on the hidden column.
            for index in 0..<Int(info.pointee.nConstraint) {
                let constraint = info.pointee.aConstraint[index]
                guard constraint.iColumn == Int32(ImportRowsTable.columns), constraint.op == SQLITE_INDEX_CONSTRAINT_EQ,
                    constraint.usable != 0
                else { continue }
                info.pointee.aConstraintUsage[index].argvIndex = 1
                info.pointee.aConstraintUsage[index].omit = 1
                info.pointee.estimatedCost = 1
                return SQLITE_OK
            }
            return SQLITE_CONSTRAINT
        }
        module.pointee.xOpen = { _, cursor in
            let made = UnsafeMutablePointer<Cursor>.allocate(capacity: 1)
            made.initialize(to: Cursor())
            cursor?.pointee = UnsafeMutableRawPointer(made).assumingMemoryBound(to: sqlite3_vtab_cursor.self)
            return SQLITE_OK
        }
        module.pointee.xClose = { cursor in
            Cursor.of(cursor).deinitialize(count: 1).deallocate()
            return SQLITE_OK
        }
        module.pointee.xFilter = { cursor, _, _, count, arguments in
            let cursor = Cursor.of(cursor)
            guard count == 1, let pointer = sqlite3_value_pointer(arguments?[0], ImportRowsTable.pointerType.utf8Start) else {
                cursor.pointee.rows = nil
                return SQLITE_OK
            }
            let rows = Unmanaged<ImportRows>.fromOpaque(pointer).takeUnretainedValue()
            cursor.pointee.rows = rows
            cursor.pointee.atEnd = !rows.advance()
            return SQLITE_OK
        }
        module.pointee.xNext = { cursor in
            let cursor = Cursor.of(cursor)
            cursor.pointee.atEnd = !(cursor.pointee.rows?.advance() ?? false)
            return SQLITE_OK
        }
        module.pointee.xEof = { cursor in
            let cursor = Cursor.of(cursor)
            return cursor.pointee.rows == nil || cursor.pointee.atEnd ? 1 : 0
        }
        module.pointee.xColumn = { cursor, context, column in
            Cursor.of(cursor).pointee.rows?.value(column, context)
            return SQLITE_OK
        }
        module.pointee.xRowid = { cursor, rowid in
            rowid?.pointee = 0
            return SQLITE_OK
        }
        return module
    }()

    /// A scan of one `ImportRows`; its first member is SQLite's, as SQLite requires.
    private struct Cursor {
        var base = sqlite3_vtab_cursor()
        var rows: ImportRows?
        var atEnd = true

        static func of(_ cursor: UnsafeMutablePointer<sqlite3_vtab_cursor>?) -> UnsafeMutablePointer<Cursor> {
            UnsafeMutableRawPointer(cursor!).assumingMemoryBound(to: Cursor.self)
        }
    }
}

/// The rows an `INSERT … SELECT … FROM skills_import_rows(?)` reads: `advance` moves to the next row (false when
/// there is none), and `value` sets a column of the current row as the result of an SQLite function context, with
/// `ImportRowsTable.text` or `ImportRowsTable.integer`.
final class ImportRows {
    let advance: () -> Bool
    let value: (_ column: Int32, _ context: OpaquePointer?) -> Void

    init(advance: @escaping () -> Bool, value: @escaping (Int32, OpaquePointer?) -> Void) {
        self.advance = advance
        self.value = value
    }

    /// Binds these rows to a statement's parameter for the length of `body`, which runs the statement.
    func bind<T>(to statement: RawStatement, _ index: Int32, _ body: () throws -> T) rethrows -> T {
        try withExtendedLifetime(self) {
            statement.bind(index, pointer: Unmanaged.passUnretained(self).toOpaque(), type: ImportRowsTable.pointerType)
            defer { statement.bindNull(index) }
            return try body()
        }
    }
}
