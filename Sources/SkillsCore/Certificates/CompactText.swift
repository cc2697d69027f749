/// Names and places in few bytes: text whose letters outside ASCII all fall in one 128-character block of
/// Unicode (Welsh, Polish, Arabic, Bengali, Cyrillic, Greek, Vietnamese mostly) takes one byte a character, like
/// SCSU's single window; anything else is stored as UTF-8.
///
/// Layout: a length (LEB128 varint, in bytes of what follows), a window byte (0 for UTF-8, else the block
/// number, `scalar / 128`), then the bytes: below 0x80 ASCII, from 0x80 the window's characters.
public enum CompactText {
    /// Appends `text` to `bytes`.
    public static func append(_ text: String, to bytes: inout [UInt8]) {
        let scalars = Array(text.unicodeScalars)
        let window = scalars.first { !$0.isASCII }.map { Int($0.value) / 128 } ?? 0
        let fits = (1...255).contains(window) && scalars.allSatisfy { $0.isASCII || Int($0.value) / 128 == window }
        let body: [UInt8] =
            fits
            ? scalars.map { $0.isASCII ? UInt8($0.value) : UInt8(0x80 + Int($0.value) - window * 128) }
            : Array(text.utf8)
        appendLength(body.count + 1, to: &bytes)
        bytes.append(fits ? UInt8(window) : 0)
        bytes += body
    }

    /// Reads text at `offset`, moving past it; nil when the bytes are not a valid encoding.
    public static func read(_ bytes: [UInt8], at offset: inout Int) -> String? {
        guard let length = readLength(bytes, at: &offset), length >= 1, offset + length <= bytes.count else { return nil }
        let window = Int(bytes[offset])
        let body = bytes[(offset + 1)..<(offset + length)]
        offset += length
        guard window > 0 else { return String(validating: body, as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        for byte in body {
            guard let scalar = Unicode.Scalar(byte < 0x80 ? UInt32(byte) : UInt32(window * 128 + Int(byte) - 0x80)) else { return nil }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// Appends a length as a LEB128 varint.
    static func appendLength(_ length: Int, to bytes: inout [UInt8]) {
        var rest = length
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Reads a LEB128 varint of at most three bytes.
    static func readLength(_ bytes: [UInt8], at offset: inout Int) -> Int? {
        var value = 0
        for shift in stride(from: 0, to: 21, by: 7) {
            guard offset < bytes.count else { return nil }
            let byte = bytes[offset]
            offset += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return value }
        }
        return nil
    }
}
