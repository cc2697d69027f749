import ArgumentParser

/// `skills report`: regional reports with open data, and the tutor report.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Write regional and tutor reports (PDF, CSV, JSON, open data).",
        subcommands: [RegionalReportCommand.self, TutorReportCommand.self])
}
