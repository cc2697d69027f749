import SkillsCore

/// A learner's erasure that has been asked for or scheduled but not yet carried out.
///
/// A learner asks through the web door and a coordinator confirms by erasing them or by setting a day; a coordinator
/// can also set a day directly (for example, the end of a course the learner is finishing). `retention apply` erases
/// every learner whose day has come. The row goes with the erasure: the audit trail keeps when and why.
public struct ErasureRequest: Sendable, Equatable, Codable {
    public var learnerRef: String
    /// The day it was asked for or scheduled, `YYYY-MM-DD`.
    public var askedOn: String
    /// Who asked: an actor's name, or the learner's ref when the learner asked themselves.
    public var askedBy: String
    public var reason: String
    /// The day the erasure is due; nil while a learner's request waits for a coordinator to confirm it.
    public var eraseOn: Day?

    public init(learnerRef: String, askedOn: String, askedBy: String, reason: String, eraseOn: Day?) {
        self.learnerRef = learnerRef
        self.askedOn = askedOn
        self.askedBy = askedBy
        self.reason = reason
        self.eraseOn = eraseOn
    }

    /// Whether it waits for a coordinator rather than for a day.
    public var awaitsConfirmation: Bool { eraseOn == nil }

    /// Whether the erasure should happen on `today`.
    public func isDue(on today: Day) -> Bool { eraseOn.map { $0 <= today } ?? false }
}
