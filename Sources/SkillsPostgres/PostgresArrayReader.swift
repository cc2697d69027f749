import PostgresNIO
import SkillsCore

/// Walks the elements of a one-dimensional PostgreSQL array as the server sends it in binary (`array_send`): a header,
/// then each element as a length and its bytes. The regional report reads each learner's sessions as a few such arrays,
/// one row per learner, because a row costs far more to receive and decode than the bytes in it.
struct PostgresArrayReader {
    private var buffer: ByteBuffer
    /// The elements not yet read.
    private(set) var remaining: Int

    /// Reads the header; an empty array has no dimensions, anything with more than one is refused.
    init(_ buffer: ByteBuffer) throws {
        self.buffer = buffer
        guard let dimensions = self.buffer.readInteger(as: Int32.self), self.buffer.readInteger(as: Int32.self) != nil,
            self.buffer.readInteger(as: UInt32.self) != nil, dimensions <= 1
        else { throw Self.malformed }
        guard dimensions == 1 else {
            remaining = 0
            return
        }
        guard let count = self.buffer.readInteger(as: Int32.self), self.buffer.readInteger(as: Int32.self) != nil, count >= 0 else {
            throw Self.malformed
        }
        remaining = Int(count)
    }

    /// The next element's bytes (empty for NULL).
    mutating func next() throws -> ByteBuffer {
        guard remaining > 0, let length = buffer.readInteger(as: Int32.self) else { throw Self.malformed }
        remaining -= 1
        guard length >= 0 else { return ByteBuffer() }
        guard let bytes = buffer.readSlice(length: Int(length)) else { throw Self.malformed }
        return bytes
    }

    /// The next element as an integer, whether the column is `smallint`, `integer` or `bigint`.
    mutating func nextInteger() throws -> Int64 {
        guard let value = try next().binaryInteger else { throw Self.malformed }
        return value
    }

    private static let malformed = ServiceError.unreadable(
        location: "PostgreSQL", reason: "an array arrived in a shape the report cannot read")
}
