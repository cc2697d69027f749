import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills learner list`.
struct ListLearners: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List learners, optionally at one centre or with one status.",
        discussion: "Example:  skills learner list --centre CARD-01 --status active")

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: "Only learners at this centre.") var centre: String?
    @Option(help: "Only learners with this status: active, withdrawn, completed.") var status: String?
    @Flag(help: "Print JSON for scripts.") var json = false
    @OptionGroup var table: TableOptions

    func run() async throws {
        let wanted: Learner.Status? = try status.map { try Arguments.choice($0, flag: "--status") }
        let learners = try await LearnerService(try await programme.services()).list(
            centre: centre, status: wanted, by: programme.actorName)
        if json { return try JSONOutput.print(learners) }
        let rows = learners.map { learner in
            [
                learner.ref, learner.name, learner.centreRef, learner.preferredLanguage, learner.enrolledOn.description,
                learner.status.rawValue, learner.largePrint ? "yes" : "",
            ]
        }
        print(
            TextTable(headers: ["ref", "name", "centre", "language", "enrolled", "status", "large print"], rows: rows, wrappable: [1])
                .render(width: table.width))
    }
}
