import Foundation
import SkillsCore

/// Which sessions to list.
public struct SessionFilter: Sendable {
    public var learner: String?
    public var tutor: String?
    public var centre: String?
    public var from: Day?
    public var to: Day?
    public var limit: Int

    public init(learner: String? = nil, tutor: String? = nil, centre: String? = nil, from: Day? = nil, to: Day? = nil, limit: Int = 50) {
        self.learner = learner
        self.tutor = tutor
        self.centre = centre
        self.from = from
        self.to = to
        self.limit = limit
    }
}
