import Foundation
import SkillsCore

/// One tutor's delivered sessions and minutes over a period, for the tutor report.
public struct TutorHours: Sendable, Equatable {
    public var tutor: Tutor
    public var centreName: String
    /// Sessions the tutor led (a group session once).
    public var sessions: Int
    public var minutes: Int

    public init(tutor: Tutor, centreName: String, sessions: Int, minutes: Int) {
        self.tutor = tutor
        self.centreName = centreName
        self.sessions = sessions
        self.minutes = minutes
    }
}
