import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices

/// `skills report tutors`: hours per tutor and centre, and safeguarding checks that lapse soon, as CSV and PDF.
struct TutorReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tutors", abstract: "Write hours per tutor and centre, and checks expiring soon, as CSV and PDF.",
        discussion: "Example:  skills report tutors --from 2026-07-01 --out reports/tutors")

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: ArgumentHelp("First day to count hours from (YYYY-MM-DD); default: the start.", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Last day to count hours to (YYYY-MM-DD); default: today.", valueName: "date")) var to: String?
    @Option(help: "Flag checks that lapse within this many days.") var within = 60
    @Option(help: ArgumentHelp("The folder to write the report into (created if needed).", valueName: "dir")) var out: String

    func run() async throws {
        let paths = try await ReportService(try await programme.services()).tutors(
            from: try Arguments.optionalDay(from, flag: "--from"), to: try Arguments.optionalDay(to, flag: "--to"), within: within,
            folder: out, by: programme.actorName)
        for path in paths { print(path) }
    }
}
