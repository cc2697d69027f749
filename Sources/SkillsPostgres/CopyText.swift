import PostgresNIO

/// Rows in the text format of `COPY … FROM STDIN`: tab-separated fields, `\N` for NULL, and backslash, tab and line
/// breaks escaped, so any text arrives as it was.
///
/// A row is written straight into the buffer's memory in one call to the buffer (`appendRow`): writing each field and
/// tab through `ByteBuffer` checked its capacity, uniqueness and exclusive access every time, 17 times a session row,
/// which was a fifth of a large session import's own work.
enum CopyText {
    /// Appends one row.
    static func append(_ row: [String?], to buffer: inout ByteBuffer) {
        let bytes = row.reduce(0) { $0 + Row.mostBytes(escaping: $1?.utf8.count ?? 0) }
        appendRow(to: &buffer, fields: row.count, mostBytes: bytes) { writer in
            for value in row {
                guard var value else {
                    writer.appendNull()
                    continue
                }
                value.withUTF8 { writer.append($0) }
            }
        }
    }

    /// Appends one row of `fields` fields that `write` appends in order, in at most `mostBytes` bytes of field text
    /// (`Row.mostBytes`); the tabs between them and the line break after them are written here.
    static func appendRow(to buffer: inout ByteBuffer, fields: Int, mostBytes: Int, _ write: (inout Row) -> Void) {
        buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: mostBytes + fields) { space in
            var row = Row(space)
            write(&row)
            precondition(row.fields == fields, "a COPY row was given \(row.fields) fields, not \(fields)")
            row.end()
            return row.count
        }
    }

    /// One row being written into memory that `appendRow` has made room for.
    struct Row {
        private let space: UnsafeMutableRawBufferPointer
        private(set) var count = 0
        private(set) var fields = 0

        fileprivate init(_ space: UnsafeMutableRawBufferPointer) { self.space = space }

        /// The most bytes a field of `count` bytes of text can take, every byte escaped, or NULL instead.
        static func mostBytes(escaping count: Int) -> Int { max(2 * count, nullBytes) }

        /// The bytes of NULL, `\N`.
        static let nullBytes = 2

        /// The most bytes a whole number's field can take.
        static let mostNumberBytes = 20

        /// Appends one field's text, escaped.
        mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
            startField()
            guard bytes.contains(where: Self.needsEscape) else {
                space.baseAddress!.advanced(by: count).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
                count += bytes.count
                return
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\\"): put(UInt8(ascii: "\\"), UInt8(ascii: "\\"))
                case UInt8(ascii: "\t"): put(UInt8(ascii: "\\"), UInt8(ascii: "t"))
                case UInt8(ascii: "\n"): put(UInt8(ascii: "\\"), UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): put(UInt8(ascii: "\\"), UInt8(ascii: "r"))
                default: put(byte)
                }
            }
        }

        /// Appends a whole number's decimal digits, without building a `String`.
        mutating func append(_ number: Int64) {
            startField()
            if number < 0 { put(UInt8(ascii: "-")) }
            var magnitude = number.magnitude
            var digits = 1
            var rest = magnitude
            while rest >= 10 {
                rest /= 10
                digits += 1
            }
            count += digits
            var position = count
            repeat {
                position -= 1
                space[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
        }

        /// Appends NULL.
        mutating func appendNull() {
            startField()
            put(UInt8(ascii: "\\"), UInt8(ascii: "N"))
        }

        fileprivate mutating func end() { put(UInt8(ascii: "\n")) }

        private mutating func startField() {
            if fields > 0 { put(UInt8(ascii: "\t")) }
            fields += 1
        }

        private mutating func put(_ byte: UInt8) {
            space[count] = byte
            count += 1
        }

        private mutating func put(_ first: UInt8, _ second: UInt8) {
            put(first)
            put(second)
        }

        private static func needsEscape(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
        }
    }
}
