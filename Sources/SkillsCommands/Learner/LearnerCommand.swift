import ArgumentParser

/// `skills learner`: the people learning.
struct LearnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learner", abstract: "Enrol, list, show, update and withdraw learners; their consent, data export and erasure.",
        subcommands: [
            EnrolLearner.self, ListLearners.self, ShowLearner.self, UpdateLearner.self, WithdrawLearner.self, LearnerConsent.self,
            ExportLearner.self, EraseLearner.self, ListErasures.self,
        ])
}
