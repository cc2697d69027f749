/// How a session took place.
public enum SessionMode: String, Codable, Sendable, CaseIterable {
    case inPerson = "in-person"
    case phone
    case video
}

/// A tutoring session with one learner or a group, and what each learner achieved in it.
public struct Session: Codable, Equatable, Sendable {
    public var ref: String
    public var date: Day
    public var minutes: Int
    public var mode: SessionMode
    public var tutorRef: String
    public var learnerRefs: [String]
    public var outcomeIDs: [String]
    public var moduleIDs: [String]
    public var notes: String?

    public init(
        ref: String, date: Day, minutes: Int, mode: SessionMode, tutorRef: String, learnerRefs: [String],
        outcomeIDs: [String] = [], moduleIDs: [String] = [], notes: String? = nil
    ) {
        self.ref = ref
        self.date = date
        self.minutes = minutes
        self.mode = mode
        self.tutorRef = tutorRef
        self.learnerRefs = learnerRefs
        self.outcomeIDs = outcomeIDs
        self.moduleIDs = moduleIDs
        self.notes = notes
    }
}
