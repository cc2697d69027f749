import Foundation
import SkillsCore

/// Collects an import's problems: keeps the first fifty, counts the rest.
public struct ImportProblems: Sendable {
    /// How many problems are kept to show.
    public static let shown = 50

    public private(set) var first: [ImportProblem] = []
    public private(set) var count = 0

    public init() {}

    /// Records a problem.
    public mutating func add(line: Int, column: Int, _ message: String, reference: ServiceError? = nil) {
        count += 1
        if first.count < Self.shown {
            first.append(ImportProblem(line: line, column: column, message: message, reference: reference))
        }
    }

    public var isEmpty: Bool { count == 0 }
}

extension ImportProblems {
    /// Records an unknown reference, with the nearest known one.
    public mutating func addUnknown(line: Int, column: Int, _ kind: RecordKind, _ value: String, among known: some Sequence<String>) {
        let problem = ServiceError.unknown(kind, value, among: known)
        add(line: line, column: column, problem.plainWords, reference: problem)
    }
}
