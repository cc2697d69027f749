import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices

/// `skills report regional`: the regional report PDF, exact CSV/JSON for coordinators and open data for publication.
struct RegionalReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regional", abstract: "Write the regional report: PDF, CSV and JSON, and open data with small numbers hidden.",
        discussion: """
            Example:  skills report regional --from 2026-07-01 --to 2026-09-30 --out reports/2026-q3
            One region by local authority:  skills report regional --region E12000003 --out reports/yorkshire
            Writes regional-report.pdf, regional.csv, regional.json, regional-trend.csv, open/regional.csv and
            open/regional.json, and prints page 1's answers. Without --from the report covers everything up to --to
            (default: today) and has no comparison. The measures are defined in Reports/README.md.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: ArgumentHelp("First day of the period (YYYY-MM-DD); default: the start of the programme.", valueName: "date")) var from:
        String?
    @Option(help: ArgumentHelp("Last day of the period (YYYY-MM-DD); default: today.", valueName: "date")) var to: String?
    @Option(help: ArgumentHelp("Only this region, by local authority (GSS code, e.g. W92000004).", valueName: "code")) var region: String?
    @Option(help: ArgumentHelp("The folder to write the report into (created if needed).", valueName: "dir")) var out: String

    func validate() throws {
        do {
            let first = try Arguments.optionalDay(from, flag: "--from")
            let last = try Arguments.optionalDay(to, flag: "--to")
            if let first, let last, first > last {
                throw ValidationError("--from '\(first)' is after --to '\(last)' — give the earlier date first")
            }
        } catch let error as UserError {
            throw ValidationError(error.message)
        }
    }

    func run() async throws {
        let report = try await ReportService(try await programme.services()).regional(
            from: try Arguments.optionalDay(from, flag: "--from"), to: try Arguments.optionalDay(to, flag: "--to"), region: region,
            folder: out, by: programme.actorName)
        for centre in report.unmatchedCentres {
            let fix = "skills centre set-local-authority \(centre.ref) \(centre.suggestion.map { "'\($0)'" } ?? "NAME")"
            Terminal.standardError("warning: centre '\(centre.ref)' (\(centre.name)): \(centre.reason) — set it with `\(fix)`")
        }
        for sentence in report.summary { print(sentence) }
        print("")
        for path in report.paths { print(path) }
    }
}
