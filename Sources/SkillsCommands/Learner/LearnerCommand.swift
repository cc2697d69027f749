import ArgumentParser

/// `skills learner`: the people learning.
struct LearnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learner", abstract: "Enrol, list, show, update and withdraw learners.",
        subcommands: [EnrolLearner.self, ListLearners.self, ShowLearner.self, UpdateLearner.self, WithdrawLearner.self])
}
