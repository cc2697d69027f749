import SkillsCore

/// One record's fields as bytes in place, by the position of their column in an `ImportKind`'s columns (required, then
/// optional), for the plain-row checks: the header is looked up once per file, not once per field.
struct PlainFields {
    private let indexes: [Int]

    /// Where each of the kind's columns is in a file with this header.
    init(_ kind: ImportKind, _ header: CSVHeader) {
        let (required, optional) = kind.columns
        indexes = (required + optional).map { header.index[$0] ?? Int.max }
    }

    /// One record's fields by column position, each trimmed of spaces and tabs, with whether it was empty as written;
    /// a column the file or the record lacks is empty. Valid only as long as the fields it reads.
    struct Values {
        fileprivate let fields: CSVRecord.Fields
        fileprivate let indexes: [Int]

        subscript(position: Int) -> (bytes: UnsafeBufferPointer<UInt8>, blank: Bool) {
            let index = indexes[position]
            guard index < fields.count else { return (UnsafeBufferPointer(start: nil, count: 0), true) }
            let field = fields[index]
            return (field.trimmingSpacesAndTabs, field.isEmpty)
        }
    }

    /// The record's values by column position.
    func values(_ record: CSVRecord.Fields) -> Values { Values(fields: record, indexes: indexes) }

    /// A yes/no column's value when the bytes spell one of `FieldReader`'s flag words in any ASCII case, or `fallback`
    /// when empty; nil for anything else.
    static func flag(_ bytes: UnsafeBufferPointer<UInt8>, fallback: Bool) -> Bool? {
        if bytes.isEmpty { return fallback }
        func spells(_ word: String) -> Bool {
            word.utf8.count == bytes.count
                && zip(word.utf8, bytes).allSatisfy { letter, byte in
                    letter == ((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte)
                }
        }
        if FieldReader.flagWords.yes.contains(where: spells) { return true }
        if FieldReader.flagWords.no.contains(where: spells) { return false }
        return nil
    }

    /// A whole number of one to nine ASCII digits, as `Int(String)` reads it; nil for anything else.
    static func wholeNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard (1...9).contains(bytes.count) else { return nil }
        var value = 0
        for byte in bytes {
            let digit = Int(byte) &- 48
            guard (0...9).contains(digit) else { return nil }
            value = value * 10 + digit
        }
        return value
    }
}
