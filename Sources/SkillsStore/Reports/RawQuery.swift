import GRDB
import GRDBSQLite

/// A prepared SQLite query read row by row straight from SQLite's buffers: the report pass's cursor.
///
/// Lives only inside one `ProgrammeStore.read` closure; SQLite status codes become `DatabaseError` here.
final class RawQuery {
    private let connection: OpaquePointer
    private let handle: OpaquePointer

    init(_ db: Database, _ sql: String) throws {
        connection = db.sqliteConnection!
        var statement: OpaquePointer?
        let status = sqlite3_prepare_v2(connection, sql, -1, &statement, nil)
        guard status == SQLITE_OK, let statement else {
            throw DatabaseError(resultCode: ResultCode(rawValue: status), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
        handle = statement
    }

    deinit { sqlite3_finalize(handle) }

    /// Moves to the next row; false at the end.
    func next() throws -> Bool {
        let status = sqlite3_step(handle)
        if status == SQLITE_ROW { return true }
        if status == SQLITE_DONE { return false }
        throw DatabaseError(resultCode: ResultCode(rawValue: status), message: String(cString: sqlite3_errmsg(connection)))
    }

    /// A column as an integer (0 for NULL).
    func int(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    /// Whether a column is NULL.
    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    /// A column's text bytes, valid until the next call to `next()`.
    func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let text = sqlite3_column_text(handle, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column)))
    }

    /// A column as a String (empty for NULL).
    func text(_ column: Int32) -> String { String(decoding: bytes(column), as: UTF8.self) }
}
