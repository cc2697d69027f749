import ArgumentParser
import SkillsCore
import SkillsServices
import SkillsStore

/// `skills session list`: sessions, newest first, with filters.
struct ListSessions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List sessions, newest first.",
        discussion: "Example:  skills session list --centre CARD-01 --from 2026-09-01 --to 2026-09-30")

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: "Only sessions with this learner.") var learner: String?
    @Option(help: "Only sessions run by this tutor.") var tutor: String?
    @Option(help: "Only sessions with learners from this centre.") var centre: String?
    @Option(help: ArgumentHelp("From this date, YYYY-MM-DD.", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Up to this date, YYYY-MM-DD.", valueName: "date")) var to: String?
    @Option(help: "At most this many sessions.") var limit = 50
    @Flag(help: "Print JSON for scripts.") var json = false
    @OptionGroup var table: TableOptions

    func run() async throws {
        let filter = SessionFilter(
            learner: learner, tutor: tutor, centre: centre, from: try Arguments.optionalDay(from, flag: "--from"),
            to: try Arguments.optionalDay(to, flag: "--to"), limit: limit)
        let (sessions, total) = try await SessionService(try await programme.services()).list(filter, by: programme.actorName)
        if json { return try JSONOutput.print(sessions) }
        let rows = sessions.map { session in
            [
                session.ref, session.date.description, String(session.minutes), session.mode,
                "\(session.tutorName) (\(session.tutorRef))",
                zip(session.learnerNames, session.learnerRefs).map { "\($0) (\($1))" }.joined(separator: "\n"),
                session.outcomeIDs.joined(separator: " "),
            ]
        }
        let headers = ["ref", "date", "min", "mode", "tutor", "learners", "outcomes"]
        print(TextTable(headers: headers, rows: rows, rightAligned: [2], wrappable: [4, 5, 6]).render(width: table.width))
        if total > sessions.count { print("showing \(sessions.count) of \(total) sessions; use --limit or narrow the filters") }
    }
}
