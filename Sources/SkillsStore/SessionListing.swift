import Foundation
import SkillsCore

/// A recorded session as listed: one row per session, with every learner in it.
public struct SessionListing: Sendable, Codable, Equatable {
    public var ref: String
    public var date: Day
    public var minutes: Int
    public var mode: String
    public var tutorRef: String
    public var tutorName: String
    public var centreRef: String
    public var learnerRefs: [String]
    /// The learners' names, in the order of `learnerRefs`.
    public var learnerNames: [String]
    public var outcomeIDs: [String]
    public var moduleIDs: [String]
    public var notes: String?

    public init(
        ref: String, date: Day, minutes: Int, mode: String, tutorRef: String, tutorName: String = "", centreRef: String,
        learnerRefs: [String], learnerNames: [String] = [], outcomeIDs: [String], moduleIDs: [String], notes: String? = nil
    ) {
        self.ref = ref
        self.date = date
        self.minutes = minutes
        self.mode = mode
        self.tutorRef = tutorRef
        self.tutorName = tutorName
        self.centreRef = centreRef
        self.learnerRefs = learnerRefs
        self.learnerNames = learnerNames
        self.outcomeIDs = outcomeIDs
        self.moduleIDs = moduleIDs
        self.notes = notes
    }
}
