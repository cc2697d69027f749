/// Lower-case hexadecimal text for bytes (digests, salts, key ids), without a formatted string per byte.
public enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    /// The bytes as two lower-case hex digits each. Bytes in contiguous memory are read where they lie; any other
    /// sequence (a digest) is gathered into an array first.
    @inlinable
    public static func string(_ bytes: some Sequence<UInt8>) -> String {
        if let text = bytes.withContiguousStorageIfAvailable({ string(UnsafeRawBufferPointer($0)) }) { return text }
        return Array(bytes).withUnsafeBytes { string($0) }
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
