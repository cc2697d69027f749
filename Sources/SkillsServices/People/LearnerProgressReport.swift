import SkillsCore

/// The `progress --json` document, and the API's answer for a learner's progress: the learner and their progress.
public struct LearnerProgressReport: Encodable, Sendable {
    public var learner: Learner
    public var progress: LearnerProgress

    public init(learner: Learner, progress: LearnerProgress) {
        self.learner = learner
        self.progress = progress
    }
}
