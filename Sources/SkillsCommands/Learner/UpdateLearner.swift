import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills learner update`: change a learner's details; only the given fields change.
struct UpdateLearner: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update", abstract: "Change a learner's details (only the options given).",
        discussion: "Example:  skills learner update L000003 --large-print --language cy")

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The learner's reference.") var ref: String
    @OptionGroup var fields: LearnerFields
    @Option(help: "active, withdrawn or completed.") var status: String?

    func run() async throws {
        let status: Learner.Status? = try status.map { try Arguments.choice($0, flag: "--status") }
        let learner = try await LearnerService(try await programme.services()).update(ref, by: programme.actorName) { learner in
            try fields.apply(to: &learner)
            if let status { learner.status = status }
        }
        print("updated learner \(learner.ref)")
    }
}
