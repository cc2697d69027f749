import Foundation

/// A CSV header checked against a documented format: every required column present, none unknown.
public struct CSVHeader: Sendable {
    /// Column name → field index.
    public let index: [String: Int]

    /// Checks a header record; problems are (1-based field, message).
    public static func check(
        _ names: [String], required: [String], optional: [String]
    ) -> (header: CSVHeader?, problems: [CSVFieldProblem]) {
        var index: [String: Int] = [:]
        var problems: [CSVFieldProblem] = []
        let known = required + optional
        for (position, raw) in names.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
            if !known.contains(name) {
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
        for name in required where index[name] == nil {
            problems.append(
                CSVFieldProblem(field: names.count + 1, message: "missing column '\(name)' (required: \(required.joined(separator: ", ")))")
            )
        }
        return problems.isEmpty ? (CSVHeader(index: index), []) : (nil, problems)
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
