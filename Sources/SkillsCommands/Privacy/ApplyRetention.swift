import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills retention apply --older-than DURATION [--dry-run]`.
struct ApplyRetention: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Erase learners inactive for longer than DURATION (default 3y), and erasures scheduled for today or before.",
        discussion: """
            Example:  skills retention apply --older-than 3y --dry-run
            DURATION is a number and a unit: 400d, 18m or 3y. Run it every day (cron or a systemd timer) so that
            erasures set with `skills learner erase REF --on DATE` happen on their day.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: "How long after their last activity learners are kept.") var olderThan = "3y"
    @Flag(help: "List who would be erased; change nothing.") var dryRun = false

    func run() async throws {
        let cutoff = try Self.cutoff(olderThan, today: programme.clock.today)
        let run = try await DataRightsService(try await programme.services()).applyRetention(
            before: cutoff, dryRun: dryRun, by: programme.actorName)
        let verb = dryRun ? "would erase" : "erased"
        print(
            "\(verb) \(run.inactive.count) learner(s) with no activity since before \(cutoff)"
                + (dryRun && !run.inactive.isEmpty ? ": " + run.inactive.map(\.ref).joined(separator: ", ") : ""))
        if !run.scheduled.isEmpty {
            print(
                "\(verb) \(run.scheduled.count) learner(s) whose erasure was scheduled: "
                    + run.scheduled.map(\.learnerRef).joined(separator: ", "))
        }
        if !run.files.removed.isEmpty { print("\(run.files.removed.count) certificate file(s) deleted") }
        try FilesStillPending.report(run.files.stillPending)
    }

    /// The day before which activity is too old.
    static func cutoff(_ text: String, today: Day) throws -> Day {
        guard let unit = text.last, let amount = Int(text.dropLast()), amount > 0 else {
            throw UserError(.usage, "--older-than '\(text)' must be a number and a unit, such as 400d, 18m or 3y")
        }
        switch unit {
        case "d": return today.adding(days: -amount)
        case "m":
            let months = today.year * 12 + today.month - 1 - amount
            return Day(year: months / 12, month: months % 12 + 1, day: min(today.day, 28)) ?? today
        case "y": return Day(year: today.year - amount, month: today.month, day: min(today.day, 28)) ?? today
        default: throw UserError(.usage, "--older-than '\(text)' must end in d, m or y (days, months, years)")
        }
    }
}
