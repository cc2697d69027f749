import GRDB
import GRDBSQLite

/// A prepared SQLite statement for the hot paths: bulk import binds straight from CSV bytes, and the report pass reads
/// rows straight from SQLite's buffers, with no String copies.
///
/// Lives only inside one `DatabasePool` read or write closure; SQLite status codes become `DatabaseError` here.
final class RawStatement {
    private let connection: OpaquePointer
    private let handle: OpaquePointer

    init(_ db: Database, _ sql: String) throws {
        connection = db.sqliteConnection!
        var statement: OpaquePointer?
        let status = sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard status == SQLITE_OK, let statement else {
            throw DatabaseError(resultCode: ResultCode(rawValue: status), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
        handle = statement
    }

    deinit { sqlite3_finalize(handle) }

    /// Binds text from bytes that stay alive until the statement is stepped and reset.
    func bind(_ index: Int32, bytes: UnsafeBufferPointer<UInt8>) {
        // A nil destructor is SQLITE_STATIC: SQLite reads the caller's bytes in place.
        let empty: StaticString = ""
        let start = UnsafeRawPointer(bytes.baseAddress ?? UnsafePointer(empty.utf8Start))
        sqlite3_bind_text(handle, index, start.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil)
    }

    /// Binds text that SQLite copies, so the string need not outlive the call.
    func bind(_ index: Int32, text: String) {
        var text = text
        text.withUTF8 { bytes in
            let empty: StaticString = ""
            let start = UnsafeRawPointer(bytes.baseAddress ?? UnsafePointer(empty.utf8Start))
            sqlite3_bind_text(handle, index, start.assumingMemoryBound(to: CChar.self), Int32(bytes.count), Self.transient)
        }
    }

    /// SQLITE_TRANSIENT, which the C header spells as a cast Swift does not import.
    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Binds an integer.
    func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(handle, index, value) }

    /// Binds a pointer that only SQL functions expecting `type` can read (SQLite's pointer-passing interface).
    func bind(_ index: Int32, pointer: UnsafeMutableRawPointer, type: StaticString) {
        sqlite3_bind_pointer(handle, index, pointer, UnsafeRawPointer(type.utf8Start).assumingMemoryBound(to: CChar.self), nil)
    }

    /// Binds SQL NULL.
    func bindNull(_ index: Int32) { sqlite3_bind_null(handle, index) }

    /// Runs the statement to completion; returns the number of rows it changed.
    @discardableResult
    func execute() throws -> Int32 {
        let status = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard status == SQLITE_DONE || status == SQLITE_ROW else {
            throw DatabaseError(resultCode: ResultCode(rawValue: status), message: String(cString: sqlite3_errmsg(connection)))
        }
        return sqlite3_changes(connection)
    }

    /// Whether a query gives any row; leaves the statement ready to run again.
    func hasRow() throws -> Bool {
        defer { sqlite3_reset(handle) }
        let status = sqlite3_step(handle)
        guard status == SQLITE_DONE || status == SQLITE_ROW else {
            throw DatabaseError(resultCode: ResultCode(rawValue: status), message: String(cString: sqlite3_errmsg(connection)))
        }
        return status == SQLITE_ROW
    }

    /// Runs a query and hands each row's columns to `row` as text (nil for NULL).
    func query(_ row: ([String?]) throws -> Void) throws {
        defer { sqlite3_reset(handle) }
        while true {
            let status = sqlite3_step(handle)
            if status == SQLITE_DONE { return }
            guard status == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: status), message: String(cString: sqlite3_errmsg(connection)))
            }
            let columns = (0..<sqlite3_column_count(handle)).map { column -> String? in
                sqlite3_column_text(handle, column).map { String(cString: $0) }
            }
            try row(columns)
        }
    }

    /// The first column of a query's one row, as an integer (0 for NULL or no row); leaves the statement ready to run
    /// again.
    func integer() throws -> Int64 {
        defer { sqlite3_reset(handle) }
        return try next() ? int(0) : 0
    }

    /// Makes a query ready to run again from its first row.
    func reset() { sqlite3_reset(handle) }

    /// Moves to the next row of a query; false at the end.
    func next() throws -> Bool {
        let status = sqlite3_step(handle)
        if status == SQLITE_ROW { return true }
        if status == SQLITE_DONE { return false }
        throw DatabaseError(resultCode: ResultCode(rawValue: status), message: String(cString: sqlite3_errmsg(connection)))
    }

    /// A column of the current row as an integer (0 for NULL).
    func int(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    /// A column's text bytes, valid until the next call to `next()`.
    func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let text = sqlite3_column_text(handle, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column)))
    }

    /// A column as a String (empty for NULL).
    func text(_ column: Int32) -> String { String(decoding: bytes(column), as: UTF8.self) }

    /// The row id of the last insert on this connection.
    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(connection) }
}
