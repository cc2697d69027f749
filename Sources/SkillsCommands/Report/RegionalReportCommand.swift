import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices

/// `skills report regional`: the regional report PDF, exact CSV/JSON for coordinators and open data for publication.
struct RegionalReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regional", abstract: "Write the regional report: PDF, CSV and JSON, and open data with small numbers hidden.",
        discussion: """
            Example:  skills report regional --period 2026-Q3 --out reports/2026-q3
            One region by local authority:  skills report regional --period 2026-10 --region E12000003 --out reports/yorkshire
            Writes regional-report.pdf, regional.csv, regional.json and regional-trend.csv, and prints page 1's answers.
            For a standard period (--period: a month 2026-10, a quarter 2026-Q3, a year 2026, a financial year 2026-27)
            it also writes open/regional.csv and open/regional.json for publication, compared with the period before.
            Without --period or --from the report covers everything up to --to (default: today), with no comparison
            and no open data. The measures are defined in Reports/README.md.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: ArgumentHelp("A month, quarter, year or financial year: 2026-10, 2026-Q3, 2026, 2026-27.", valueName: "period"))
    var period: String?
    @Option(help: ArgumentHelp("First day of the period (YYYY-MM-DD); default: the start of the programme.", valueName: "date")) var from:
        String?
    @Option(help: ArgumentHelp("Last day of the period (YYYY-MM-DD); default: today.", valueName: "date")) var to: String?
    @Option(help: ArgumentHelp("Only this region, by local authority (GSS code, e.g. W92000004).", valueName: "code")) var region: String?
    @Option(help: ArgumentHelp("The folder to write the report into (created if needed).", valueName: "dir")) var out: String

    func validate() throws {
        do {
            if period != nil, from != nil || to != nil {
                throw UserError(.usage, "give either --period or --from/--to, not both")
            }
            _ = try days()
        } catch let error as UserError {
            throw ValidationError(error.message)
        }
    }

    /// The first and last day asked for, from --period or --from/--to.
    private func days() throws -> (from: Day?, to: Day?) {
        if let period {
            let days = try Arguments.standardPeriod(period, flag: "--period").period
            return (days.from, days.to)
        }
        let first = try Arguments.optionalDay(from, flag: "--from")
        let last = try Arguments.optionalDay(to, flag: "--to")
        if let first, let last, first > last {
            throw UserError(.usage, "--from '\(first)' is after --to '\(last)' — give the earlier date first")
        }
        return (first, last)
    }

    func run() async throws {
        let (first, last) = try days()
        let report = try await ReportService(try await programme.services()).regional(
            from: first, to: last, region: region, folder: out, by: programme.actorName)
        for centre in report.unmatchedCentres {
            let fix = "skills centre set-local-authority \(centre.ref) \(centre.suggestion.map { "'\($0)'" } ?? "NAME")"
            Terminal.standardError("warning: centre '\(centre.ref)' (\(centre.name)): \(centre.reason) — set it with `\(fix)`")
        }
        for sentence in report.summary { print(sentence) }
        print("")
        for path in report.paths { print(path) }
        if report.openDataPeriod == nil {
            let today = programme.clock.today
            let lastMonth = StandardPeriod.month(year: today.year, month: today.month).previous
            print("")
            print(
                StandardPeriod.whyOpenDataNeedsOne
                    + " For open data, give one with --period, for example --period \(lastMonth).")
        }
    }
}
