import Foundation
import SkillsCore

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
