import Foundation
import SkillsCore

/// What an import did.
public struct ImportSummary: Sendable {
    public var rowsRead = 0
    public var inserted = 0
    public var alreadyPresent = 0
    public var problems = ImportProblems()
    public var seconds = 0.0
    public var dryRun = false

    /// Whether the file's rows were written (no problems, not a dry run).
    public var committed: Bool { problems.isEmpty && !dryRun }

    public init() {}

    /// Adds what another part of the same import counted: the rows one thread read, or the rows another wrote.
    public mutating func absorb(_ part: ImportSummary) {
        rowsRead += part.rowsRead
        inserted += part.inserted
        alreadyPresent += part.alreadyPresent
        problems.merge(part.problems)
    }

    /// Counts what became of one row.
    public mutating func count(_ result: RowResult) {
        switch result {
        case .inserted: inserted += 1
        case .present: alreadyPresent += 1
        case .rejected: break
        }
    }
}
