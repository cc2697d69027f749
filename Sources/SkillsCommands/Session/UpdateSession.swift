import ArgumentParser
import SkillsCore
import SkillsServices
import SkillsStore

/// `skills session update REF`: corrects a session recorded wrongly, audited with why.
struct UpdateSession: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update", abstract: "Correct a recorded session: its date, length, mode, tutor, or a learner's outcomes.",
        discussion: """
            Example:  skills session update S000001 --minutes 60 --reason "typed 6 for 60"
            For one learner:  skills session update S000001 --learner L000001 --outcome F1.1 --outcome F1.2 --reason "ticked the wrong box"
            The date, minutes, mode and tutor change for everyone at the session; --outcome (repeat it; replaces the
            learner's list) and --notes change one learner's record, and need --learner when the session was a group.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The session's reference.") var ref: String
    @Option(help: ArgumentHelp("The day it happened, YYYY-MM-DD.", valueName: "date")) var date: String?
    @Option(help: "How long it lasted, in minutes.") var minutes: Int?
    @Option(help: "in-person, phone or video.") var mode: String?
    @Option(help: "The tutor who ran it.") var tutor: String?
    @Option(help: "The learner whose outcomes or notes change.") var learner: String?
    @Option(name: .customLong("outcome"), help: "An outcome the learner achieved (repeat; replaces their list).") var outcomes: [String] =
        []
    @Option(help: "Notes for the learner (empty to clear them).") var notes: String?
    @Option(help: ArgumentHelp("Why it is corrected (recorded in the audit trail).", valueName: "text")) var reason: String

    func run() async throws {
        let correction = SessionCorrection(
            ref: ref, date: try Arguments.optionalDay(date, flag: "--date"),
            minutes: minutes, mode: try mode.map { try Arguments.choice($0, flag: "--mode") }, tutorRef: tutor, learner: learner,
            outcomeIDs: outcomes.isEmpty ? nil : outcomes, notes: notes, reason: reason)
        try await SessionService(try programme.services()).correct(correction, by: programme.actorName)
        print("corrected session \(ref)")
    }
}
