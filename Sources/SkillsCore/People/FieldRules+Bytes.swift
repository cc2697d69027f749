import Foundation

/// The field rules on UTF-8 bytes, for the import's hot path: each says yes only to a value that its text rule accepts
/// and that is already in the form it is stored in, so the bytes can be written as they are. A no means "ask the text
/// rule", which words the problem or finds the stored form; it is never a problem by itself.
extension FieldRules {
    /// Whether a name's bytes, as `FieldReader.text` gives them once trimmed of spaces and tabs, pass `nameProblem`
    /// with nothing more to trim. Names of at most 200 bytes only, since those hold at most 200 characters.
    public static func isPlainName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard (1...200).contains(bytes.count) else { return false }
        if bytes.allSatisfy({ (0x20...0x7E).contains($0) }) {
            return bytes[0] != 0x20 && bytes[bytes.count - 1] != 0x20
        }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var first: Unicode.Scalar?
        var last: Unicode.Scalar?
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if isControl(scalar) || isHiddenFormatting(scalar) { return false }
                if first == nil { first = scalar }
                last = scalar
            case .emptyInput:
                guard let first, let last else { return false }
                // Text with anything but blanks at both ends is neither trimmed further nor empty.
                return !blanks.contains(first) && !blanks.contains(last)
            case .error:
                return false
            }
        }
    }

    /// Whitespace and line breaks, as `nameProblem` and `FieldReader.text` trim them.
    private static let blanks = CharacterSet.whitespacesAndNewlines

    /// Whether the bytes are a language tag `isLanguageTag` accepts, in ASCII: two or three lowercase letters and an
    /// optional region of two to eight visible characters.
    public static func isPlainLanguageTag(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var letters = 0
        while letters < bytes.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[letters]) { letters += 1 }
        guard (2...3).contains(letters) else { return false }
        if letters == bytes.count { return true }
        guard bytes[letters] == UInt8(ascii: "-"), (2...8).contains(bytes.count - letters - 1) else { return false }
        return bytes[(letters + 1)...].allSatisfy { (0x21...0x7E).contains($0) && $0 != UInt8(ascii: "-") }
    }

    /// Whether the bytes are a postcode district already in capitals, as `postcodeDistrict` would store them (`CF10`).
    public static func isCanonicalPostcodeDistrict(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let capitals = UInt8(ascii: "A")...UInt8(ascii: "Z")
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        guard (2...4).contains(bytes.count) else { return false }
        var letters = 0
        while letters < bytes.count, capitals.contains(bytes[letters]) { letters += 1 }
        guard (1...2).contains(letters), letters < bytes.count, digits.contains(bytes[letters]) else { return false }
        return bytes[(letters + 1)...].allSatisfy { digits.contains($0) || capitals.contains($0) }
    }
}
