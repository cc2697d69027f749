import Foundation
import SkillsCore

/// Collects an import's problems: keeps the fifty that come first in the file, whatever order they were found in (a
/// store may find some only after reading every row), and counts the rest.
public struct ImportProblems: Sendable {
    /// How many problems are kept to show.
    public static let shown = 50

    public private(set) var first: [ImportProblem] = []
    public private(set) var count = 0

    public init() {}

    /// Records a problem, after any already recorded for its line.
    public mutating func add(line: Int, column: Int, _ message: String, reference: ServiceError? = nil) {
        count += 1
        guard first.count < Self.shown || line < first[first.count - 1].line else { return }
        let problem = ImportProblem(line: line, column: column, message: message, reference: reference)
        first.insert(problem, at: first.lastIndex(where: { $0.line <= line }).map { $0 + 1 } ?? 0)
        if first.count > Self.shown { first.removeLast() }
    }

    public var isEmpty: Bool { count == 0 }

    /// Adds problems collected elsewhere, such as on another thread reading the same file.
    public mutating func merge(_ other: ImportProblems) {
        for problem in other.first {
            add(line: problem.line, column: problem.column, problem.message, reference: problem.reference)
        }
        count += other.count - other.first.count
    }
}

extension ImportProblems {
    /// Records an unknown reference, with the nearest known one.
    public mutating func addUnknown(line: Int, column: Int, _ kind: RecordKind, _ value: String, among known: some Sequence<String>) {
        let problem = ServiceError.unknown(kind, value, among: known)
        add(line: line, column: column, problem.plainWords, reference: problem)
    }
}
