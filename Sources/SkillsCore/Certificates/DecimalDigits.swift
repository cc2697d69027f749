/// Bytes as decimal digits, which a QR code stores in numeric mode at 3⅓ bits a digit: about 8.1 bits a byte,
/// against 8.8 for base32 in alphanumeric mode and 10.7 for base64 in byte mode.
///
/// Each run of 7 bytes becomes 17 digits (a big-endian number, zero-padded); a shorter last run of `n` bytes
/// becomes `digitsForBytes[n]` digits, so the length alone says how many bytes the last run held.
public enum DecimalDigits {
    /// Digits needed for a run of 0 to 7 bytes.
    static let digitsForBytes = [0, 3, 5, 8, 10, 13, 15, 17]

    /// The digits for some bytes.
    public static func encode(_ bytes: [UInt8]) -> String {
        var text = ""
        text.reserveCapacity(bytes.count * 17 / 7 + 3)
        var start = 0
        while start < bytes.count {
            let run = bytes[start..<min(bytes.count, start + 7)]
            let value = run.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            let digits = String(value)
            text += String(repeating: "0", count: digitsForBytes[run.count] - digits.count) + digits
            start += run.count
        }
        return text
    }

    /// The bytes for digits, or nil when the text is not a valid encoding.
    public static func decode(_ text: some StringProtocol) -> [UInt8]? {
        let digits = Array(text.utf8)
        var bytes: [UInt8] = []
        var start = 0
        while start < digits.count {
            let length = min(17, digits.count - start)
            guard let count = digitsForBytes.firstIndex(of: length), count > 0 else { return nil }
            var value: UInt64 = 0
            for digit in digits[start..<start + length] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
                let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflowSum) = times.addingReportingOverflow(UInt64(digit - UInt8(ascii: "0")))
                guard !overflowTimes, !overflowSum else { return nil }
                value = sum
            }
            guard count == 8 || value >> (8 * UInt64(count)) == 0 else { return nil }
            for shift in stride(from: count - 1, through: 0, by: -1) {
                bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(shift))))
            }
            start += length
        }
        return bytes
    }
}
