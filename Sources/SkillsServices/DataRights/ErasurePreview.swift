import SkillsCore

/// What erasing a learner will do, shown before anything changes so the person erasing can stop.
public struct ErasurePreview: Sendable {
    public var learner: Learner
    /// Certificates still valid that will be withdrawn: "code (kind: subject)".
    public var certificatesWithdrawn: [String]
    /// Certificate files on disk that will be deleted: only those inside the output folder they were issued into.
    public var filesDeleted: [String]
    /// Certificate files recorded for the learner that this programme will not delete (a folder it does not own, or
    /// a certificate issued before folders were recorded): someone must remove them by hand.
    public var filesLeft: [String]
    /// Sessions that stay, anonymous, so the programme's statistics do not change.
    public var sessionsKept: Int
}

/// When and why a learner was erased, from the audit trail.
public struct ErasureNote: Sendable, Equatable {
    /// The day, `YYYY-MM-DD`.
    public var on: String
    public var reason: String
}
