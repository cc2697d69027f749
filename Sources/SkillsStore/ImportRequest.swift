import Foundation
import SkillsCore

/// One file to import.
public struct ImportRequest: Sendable {
    public var kind: ImportKind
    /// The file's name, for the audit trail.
    public var file: String
    public var dryRun: Bool
    public var allowOtherCentre: Bool
    /// Read dates written day first (`15/01/2024`, as UK spreadsheets do) as well as `YYYY-MM-DD`.
    public var dayFirstDates: Bool

    public init(kind: ImportKind, file: String, dryRun: Bool, allowOtherCentre: Bool, dayFirstDates: Bool = false) {
        self.kind = kind
        self.file = file
        self.dryRun = dryRun
        self.allowOtherCentre = allowOtherCentre
        self.dayFirstDates = dayFirstDates
    }
}
