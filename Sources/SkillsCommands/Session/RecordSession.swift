import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills session record`: one learner or a group, what each achieved.
struct RecordSession: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record", abstract: "Record a session with one learner or a group.",
        discussion: """
            Example:  skills session record --tutor T-ALED --learner L000001 --minutes 45 --outcome F1.1 --outcome F1.2
            A group:  skills session record --tutor T-ALED --learner L000001 --learner L000002 --minutes 60 --outcome F1.3
            Each learner named achieves each outcome given; record a learner alone for what only they achieved.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: "The tutor who ran it.") var tutor: String
    @Option(name: .customLong("learner"), help: "A learner who attended (repeat for a group).") var learners: [String] = []
    @Option(help: ArgumentHelp("When it happened, YYYY-MM-DD (default: today).", valueName: "date")) var date: String?
    @Option(help: "How long it lasted, in minutes.") var minutes: Int
    @Option(help: "in-person, phone or video.") var mode = "in-person"
    @Option(name: .customLong("outcome"), help: "An outcome achieved (repeat for several).") var outcomes: [String] = []
    @Option(name: .customLong("module"), help: "A module worked on (repeat for several).") var modules: [String] = []
    @Option(help: "Notes (avoid personal details).") var notes: String?
    @Option(help: "The session's reference (default: the next free one).") var ref: String?
    @Flag(help: "Allow a tutor from another centre than the learner's.") var allowOtherCentre = false

    func validate() throws {
        if learners.isEmpty { throw ValidationError("name at least one --learner") }
        if Set(learners).count != learners.count { throw ValidationError("a --learner is given twice") }
    }

    func run() async throws {
        let session = Session(
            ref: ref ?? "", date: try Arguments.optionalDay(date, flag: "--date") ?? programme.clock.today, minutes: minutes,
            mode: try Arguments.choice(mode, flag: "--mode"), tutorRef: tutor, learnerRefs: learners, outcomeIDs: outcomes,
            moduleIDs: modules, notes: notes)
        let recorded = try await SessionService(try await programme.services()).record(
            session, allowOtherCentre: allowOtherCentre, by: programme.actorName)
        let who = learners.count == 1 ? "learner \(learners[0])" : "\(learners.count) learners"
        let achieved = outcomes.isEmpty ? "" : ", \(Set(outcomes).count) outcome(s) achieved"
        print("recorded session \(recorded) on \(session.date) for \(who)\(achieved)")
    }
}
