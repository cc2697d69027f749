/// Lower-case hexadecimal text for bytes (digests, salts, key ids), without a formatted string per byte.
public enum Hex {
    @usableFromInline static let digits = Array("0123456789abcdef".utf8)

    /// The bytes as two lower-case hex digits each. Inlinable, so a caller's own byte sequence (a digest) is read
    /// directly rather than one byte at a time through a protocol: the audit trail hashes twice per entry.
    @inlinable
    public static func string(_ bytes: some Sequence<UInt8>) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Bytes in memory as hex, written straight into the string's storage.
    public static func string(_ bytes: UnsafeRawBufferPointer) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 2) { text in
            for (position, byte) in bytes.enumerated() {
                text[2 * position] = digits[Int(byte >> 4)]
                text[2 * position + 1] = digits[Int(byte & 0x0F)]
            }
            return bytes.count * 2
        }
    }
}
