/// A checked row of a centres, tutors or learners file: the ref it is stored under and its values as text, compared
/// with a stored record of the same ref so that importing a file again adds nothing and a changed row is a problem.
public protocol ImportedRow {
    /// The column that holds the ref, where a conflict with a stored record is reported.
    static var refColumn: String { get }
    /// What the row is, in messages: `centre 'CARD-01'`.
    var what: String { get }
    var ref: String { get }
    /// The values compared with a stored record, by column name; a missing value is "".
    var values: [String: String] { get }
}

extension FieldReader {
    /// Compares a checked row with the record stored under its ref: nil when there is none (the row is new), `.present`
    /// when they match, `.rejected` with a problem naming both versions when they differ.
    public func settle(_ row: some ImportedRow, stored: [String: String]?, _ problems: inout ImportProblems) -> RowResult? {
        guard let stored else { return nil }
        if stored == row.values { return .present }
        problems.add(
            line: record.line, column: column(type(of: row).refColumn), conflictMessage(row.what, stored: stored, incoming: row.values))
        return .rejected
    }
}
