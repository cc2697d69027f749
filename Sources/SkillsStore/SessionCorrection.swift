import SkillsCore

/// A correction to a recorded session: new shared facts for every learner in it, and for one learner new outcomes or
/// notes. Anything left nil stays as recorded.
public struct SessionCorrection: Sendable, Equatable {
    public var ref: String
    public var date: Day?
    public var minutes: Int?
    public var mode: SessionMode?
    public var tutorRef: String?
    /// The learner whose outcomes or notes change; required for those in a group session.
    public var learner: String?
    public var outcomeIDs: [String]?
    /// New notes; empty clears them.
    public var notes: String?
    /// Why, for the audit trail.
    public var reason: String

    public init(
        ref: String, date: Day? = nil, minutes: Int? = nil, mode: SessionMode? = nil, tutorRef: String? = nil, learner: String? = nil,
        outcomeIDs: [String]? = nil, notes: String? = nil, reason: String
    ) {
        self.ref = ref
        self.date = date
        self.minutes = minutes
        self.mode = mode
        self.tutorRef = tutorRef
        self.learner = learner
        self.outcomeIDs = outcomeIDs
        self.notes = notes
        self.reason = reason
    }

    /// Whether it changes a learner's own row (outcomes or notes) rather than the shared facts alone.
    public var changesLearnerRow: Bool { outcomeIDs != nil || notes != nil }

    /// Whether it changes anything at all.
    public var isEmpty: Bool { date == nil && minutes == nil && mode == nil && tutorRef == nil && !changesLearnerRow }
}
