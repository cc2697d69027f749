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
}
