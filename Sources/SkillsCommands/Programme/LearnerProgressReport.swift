import ArgumentParser
import SkillsCore
import SkillsServices

/// The `progress --json` document: the learner and their progress.
struct LearnerProgressReport: Encodable {
    var learner: Learner
    var progress: LearnerProgress
}
