import ArgumentParser
import SkillsCore

/// `skills tutor expiring --within DAYS`: safeguarding checks that lapse soon (or already have).
struct ExpiringTutors: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expiring", abstract: "List active tutors whose safeguarding check lapses within DAYS, or has lapsed.",
        discussion: "Example:  skills tutor expiring --within 60")

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: "How many days ahead to look.") var within = 60
    @Flag(help: "Print JSON for scripts.") var json = false

    func run() throws {
        guard within >= 0 else { throw UserError(.usage, "--within \(within) must be 0 or more days") }
        let today = programme.clock.today
        let limit = today.adding(days: within)
        let tutors = try programme.openStore(for: .read).tutors().filter { tutor in
            tutor.active && (tutor.effectiveDBSExpiry.map { $0 <= limit } ?? true)
        }
        if json { return try JSONOutput.print(tutors) }
        if tutors.isEmpty { return print("no safeguarding checks lapse in the next \(within) days") }
        print(TutorTable.render(tutors))
    }
}
