import PostgresNIO
import SkillsCore

/// Reads a row's columns in order, straight from the bytes the server sent in binary, for the regional report's hot
/// loops: PostgresNIO's generic `decode` looks up type metadata for the whole tuple on every row, which cost the
/// report more than reading the columns did.
struct PostgresCellReader {
    private var cells: PostgresRow.Iterator

    init(_ row: PostgresRow) { cells = row.makeIterator() }

    /// The next column's bytes; a text column's are its UTF-8.
    mutating func bytes() throws -> ByteBuffer {
        guard let cell = cells.next(), let bytes = cell.bytes, cell.format == .binary else { throw Self.malformed }
        return bytes
    }

    /// The next column as an integer, whether it is `smallint`, `integer` or `bigint`.
    mutating func integer() throws -> Int64 {
        guard let value = try bytes().binaryInteger else { throw Self.malformed }
        return value
    }

    /// The next column as a `boolean`.
    mutating func bool() throws -> Bool {
        let bytes = try bytes()
        guard bytes.readableBytes == 1, let value = bytes.getInteger(at: bytes.readerIndex, as: UInt8.self) else { throw Self.malformed }
        return value != 0
    }

    private static let malformed = ServiceError.unreadable(
        location: "PostgreSQL", reason: "a column arrived in a shape the report cannot read")
}

extension ByteBuffer {
    /// The readable bytes as a `smallint`, `integer` or `bigint` in PostgreSQL's binary form; nil for any other length.
    var binaryInteger: Int64? {
        switch readableBytes {
        case 2: getInteger(at: readerIndex, as: Int16.self).map(Int64.init)
        case 4: getInteger(at: readerIndex, as: Int32.self).map(Int64.init)
        case 8: getInteger(at: readerIndex, as: Int64.self)
        default: nil
        }
    }
}
