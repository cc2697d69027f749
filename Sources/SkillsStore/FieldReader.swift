import SkillsCore

/// Reads one record's fields by column name, reporting problems at the right line and column.
public struct FieldReader {
    public let record: CSVRecord
    public let header: CSVHeader
    /// Whether dates may be written day first (`15/01/2024`).
    public let dayFirstDates: Bool

    public init(record: CSVRecord, header: CSVHeader, dayFirstDates: Bool = false) {
        self.record = record
        self.header = header
        self.dayFirstDates = dayFirstDates
    }

    /// The 1-based column number of a named column (past the end if the file lacks it).
    public func column(_ name: String) -> Int { (header.index[name] ?? record.count) + 1 }

    /// Whether the file has the column and this record has a non-empty value in it.
    public func has(_ name: String) -> Bool {
        guard let index = header.index[name], index < record.count else { return false }
        return !record.isEmpty(at: index)
    }

    /// A column's text, trimmed ("" when absent).
    public func text(_ name: String) -> String {
        guard let index = header.index[name], index < record.count else { return "" }
        return (record.string(at: index) ?? "").trimmingCharacters(in: .whitespaces)
    }

    /// A column's raw bytes (empty when absent).
    public func bytes(_ name: String) -> ArraySlice<UInt8> {
        guard let index = header.index[name], index < record.count else { return [] }
        return record.bytes(at: index)
    }
}
