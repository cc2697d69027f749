/// A checked header row: which field holds each known column.
///
/// An unknown or repeated column is a problem, but rows are still read with the columns that are known, so one round
/// reports everything wrong with a file. Empty columns at the end of the header, as a spreadsheet leaves after a stray
/// comma, are ignored, and rows may then have those empty fields or not.
public struct CSVHeader: Sendable {
    /// Column name → field index.
    public let index: [String: Int]
    /// How many fields a row may have: the header's, or that without its trailing empty columns.
    public let widths: ClosedRange<Int>

    /// Checks a header record; problems are (1-based field, message). The header is nil only when a required column
    /// is missing, since rows cannot be read without it.
    public static func check(
        _ names: [String], required: [String], optional: [String]
    ) -> (header: CSVHeader?, problems: [CSVFieldProblem]) {
        var index: [String: Int] = [:]
        var problems: [CSVFieldProblem] = []
        let known = required + optional
        let trimmed = names.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let used = (trimmed.lastIndex { !$0.isEmpty } ?? -1) + 1
        for (position, name) in trimmed.prefix(used).enumerated() {
            if !known.contains(name) {
                let raw = names[position]
                let hint = NearestMatch.best(for: name, among: known).map { " — did you mean '\($0)'?" } ?? ""
                problems.append(
                    CSVFieldProblem(
                        field: position + 1, message: "unknown column '\(raw)'\(hint) (columns: \(known.joined(separator: ", ")))"))
            } else if index[name] != nil {
                problems.append(CSVFieldProblem(field: position + 1, message: "column '\(name)' appears twice"))
            } else {
                index[name] = position
            }
        }
        let missing = required.filter { index[$0] == nil }
        for name in missing {
            problems.append(
                CSVFieldProblem(field: names.count + 1, message: "missing column '\(name)' (required: \(required.joined(separator: ", ")))")
            )
        }
        return (missing.isEmpty ? CSVHeader(index: index, widths: max(used, 1)...max(names.count, 1)) : nil, problems)
    }

    /// Whether a row of `count` fields lines up with the header.
    public func fits(_ count: Int) -> Bool { widths.contains(count) }

    /// The "wrong number of fields" message for a row of `count` fields.
    public func misfit(_ count: Int) -> String {
        "this row has \(count) field(s) but the header has \(widths.lowerBound); check for a missing or extra comma"
    }
}

/// A problem in one field of a CSV record.
public struct CSVFieldProblem: Sendable, Equatable {
    /// The 1-based field (column) number.
    public var field: Int
    public var message: String

    public init(field: Int, message: String) {
        self.field = field
        self.message = message
    }
}
