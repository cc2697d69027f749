import PostgresNIO

/// Rows in the text format of `COPY … FROM STDIN`: tab-separated fields, `\N` for NULL, and backslash, tab and line
/// breaks escaped, so any text arrives as it was.
enum CopyText {
    /// Appends one row.
    static func append(_ row: [String?], to buffer: inout ByteBuffer) {
        for (index, value) in row.enumerated() {
            if index > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
            guard var value else {
                buffer.writeString("\\N")
                continue
            }
            value.withUTF8 { appendField($0, to: &buffer) }
        }
        endRow(&buffer)
    }

    /// Appends one field's text, escaped; the caller writes the tabs between fields (`separate`) and ends the row.
    static func appendField(_ bytes: UnsafeBufferPointer<UInt8>, to buffer: inout ByteBuffer) {
        guard bytes.contains(where: needsEscape) else {
            buffer.writeBytes(UnsafeRawBufferPointer(bytes))
            return
        }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
            case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
            case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
            case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
            default: buffer.writeInteger(byte)
            }
        }
    }

    /// Appends a whole number's decimal digits, written backwards into 24 bytes on the stack, without building a `String`.
    static func appendField(_ number: Int64, to buffer: inout ByteBuffer) {
        if number < 0 { buffer.writeInteger(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        var digits = (UInt64(0), UInt64(0), UInt64(0))
        withUnsafeMutableBytes(of: &digits) { space in
            var start = space.count
            repeat {
                start -= 1
                space[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            buffer.writeBytes(UnsafeRawBufferPointer(rebasing: space[start...]))
        }
    }

    /// Appends NULL.
    static func appendNull(to buffer: inout ByteBuffer) { buffer.writeStaticString("\\N") }

    /// Appends the tab between two fields.
    static func separate(_ buffer: inout ByteBuffer) { buffer.writeInteger(UInt8(ascii: "\t")) }

    /// Ends a row.
    static func endRow(_ buffer: inout ByteBuffer) { buffer.writeInteger(UInt8(ascii: "\n")) }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
