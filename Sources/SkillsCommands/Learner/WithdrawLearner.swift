import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills learner withdraw`: the learner has left; their record and achievements stay.
struct WithdrawLearner: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw", abstract: "Mark a learner as withdrawn (their achievements stay).",
        discussion: "Example:  skills learner withdraw L000003")

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The learner's reference.") var ref: String

    func run() async throws {
        try await LearnerService(try await programme.services()).withdraw(ref, by: programme.actorName)
        print("withdrew learner \(ref)")
    }
}
