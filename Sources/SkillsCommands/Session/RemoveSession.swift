import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills session remove REF --reason TEXT`: takes back a session recorded by mistake, audited with why.
struct RemoveSession: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove a session recorded by mistake, or one learner from it.",
        discussion: """
            Example:  skills session remove S000001 --reason "recorded twice"
            With --learner only that learner's record of the session goes. Certificates already issued stay valid:
            they say what was recorded when they were issued.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The session's reference.") var ref: String
    @Option(help: "Only this learner's record of the session.") var learner: String?
    @Option(help: ArgumentHelp("Why it is removed (recorded in the audit trail).", valueName: "text")) var reason: String

    func run() async throws {
        let removed = try await SessionService(try programme.services()).remove(
            ref, learner: learner, reason: reason, by: programme.actorName)
        print("removed session \(ref) for \(removed.joined(separator: ", "))")
    }
}
