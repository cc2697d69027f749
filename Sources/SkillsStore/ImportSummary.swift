import Foundation
import SkillsCore

/// Which import file format.
public enum ImportKind: String, Sendable, CaseIterable {
    case centres, tutors, learners, sessions
}

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

/// One file to import.
public struct ImportRequest: Sendable {
    public var kind: ImportKind
    /// The file's name, for the audit trail.
    public var file: String
    public var dryRun: Bool
    public var allowOtherCentre: Bool

    public init(kind: ImportKind, file: String, dryRun: Bool, allowOtherCentre: Bool) {
        self.kind = kind
        self.file = file
        self.dryRun = dryRun
        self.allowOtherCentre = allowOtherCentre
    }
}
