import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills learner erase REF`: removes every personal field, keeps the anonymous facts.
struct EraseLearner: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase", abstract: "Erase a learner's personal data everywhere; anonymous statistics stay the same.",
        discussion: """
            Example:  skills learner erase L000001 --reason "learner's request, 26 Nov 2026"
            Removes the name, year of birth, postcode district, language, session notes, the names in certificate
            records and audit details, and the certificate files this programme wrote; keeps centre, sessions,
            outcomes and dates. Their certificates then verify as withdrawn at the learner's request.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The learner's reference.") var ref: String
    @Option(help: "Why (recorded in the audit trail; do not include the name).") var reason = "the learner's request"

    func run() async throws {
        let files = try await DataRightsService(try await programme.services()).erase(ref, reason: reason, by: programme.actorName)
        print("erased learner \(ref): personal details removed, \(files.removed.count) certificate file(s) deleted, anonymous records kept")
        try FilesStillPending.report(files.stillPending)
    }
}
