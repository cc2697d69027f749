import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills tutor expiring --within DAYS`: safeguarding checks that lapse soon (or already have).
struct ExpiringTutors: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expiring",
        abstract: "List active tutors whose safeguarding check lapses within DAYS, or has lapsed, most urgent first.",
        discussion: "Example:  skills tutor expiring --within 60")

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: "How many days ahead to look.") var within = 60
    @Option(help: "At most this many tutors, most urgent first.") var limit = 50
    @Flag(help: "Print JSON for scripts.") var json = false
    @OptionGroup var table: TableOptions

    func run() async throws {
        let (tutors, total) = try await TutorService(try await programme.services())
            .expiring(within: within, limit: limit, by: programme.actorName)
        if json { return try JSONOutput.print(tutors) }
        if tutors.isEmpty { return print("no safeguarding checks lapse in the next \(within) days") }
        print(TutorTable.render(tutors, today: programme.clock.today, width: table.width))
        if total > tutors.count {
            print("showing the \(tutors.count) most urgent of \(PlainWords.number(total)) tutors; use --limit to see more")
        }
    }
}
