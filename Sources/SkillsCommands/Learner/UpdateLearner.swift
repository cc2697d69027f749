import ArgumentParser
import SkillsCore

/// `skills learner update`: change a learner's details; only the given fields change.
struct UpdateLearner: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update", abstract: "Change a learner's details (only the options given).",
        discussion: "Example:  skills learner update L00003 --large-print --language cy")

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The learner's reference.") var ref: String
    @OptionGroup var fields: LearnerFields
    @Option(help: "active, withdrawn or completed.") var status: String?

    func run() throws {
        let store = try programme.openStore(for: .manageLearners, learners: [ref], centres: fields.centre.map { [$0] } ?? [])
        var learner = try store.learner(ref)
        try fields.apply(to: &learner, today: programme.clock.today)
        if let status { learner.status = try Arguments.choice(status, flag: "--status") }
        try store.updateLearner(learner, by: programme.actorName)
        print("updated learner \(learner.ref)")
    }
}

/// `skills learner withdraw`: the learner has left; their record and achievements stay.
struct WithdrawLearner: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw", abstract: "Mark a learner as withdrawn (their achievements stay).",
        discussion: "Example:  skills learner withdraw L00003")

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The learner's reference.") var ref: String

    func run() throws {
        let store = try programme.openStore(for: .manageLearners, learners: [ref])
        var learner = try store.learner(ref)
        guard learner.status != .withdrawn else { throw UserError(.data, "learner '\(ref)' has already withdrawn") }
        learner.status = .withdrawn
        try store.updateLearner(learner, by: programme.actorName, action: "learner.withdraw")
        print("withdrew learner \(ref)")
    }
}
