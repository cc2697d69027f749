import ArgumentParser
import Foundation
import SkillsCore
import SkillsStore

/// `skills report regional`: the regional report PDF, exact CSV/JSON for coordinators and open data for publication.
struct RegionalReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regional", abstract: "Write the regional report: PDF, CSV and JSON, and open data with small numbers hidden.",
        discussion: """
            Example:  skills report regional --from 2026-07-01 --to 2026-09-30 --out reports/2026-q3
            Writes regional-report.pdf, regional.csv, regional.json, open/regional.csv and open/regional.json.
            Without --from the report covers everything up to --to (default: today) and has no comparison.
            The measures are defined in Reports/README.md.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: ArgumentHelp("First day of the period (YYYY-MM-DD); default: the start of the programme.", valueName: "date")) var from:
        String?
    @Option(help: ArgumentHelp("Last day of the period (YYYY-MM-DD); default: today.", valueName: "date")) var to: String?
    @Option(help: ArgumentHelp("Only this region (GSS code, e.g. W92000004).", valueName: "code")) var region: String?
    @Option(help: ArgumentHelp("The folder to write the report into (created if needed).", valueName: "dir")) var out: String

    func validate() throws {
        let first = try Arguments.optionalDay(from, flag: "--from")
        let last = try Arguments.optionalDay(to, flag: "--to")
        if let first, let last, first > last {
            throw ValidationError("--from '\(first)' is after --to '\(last)' — give the earlier date first")
        }
    }

    func run() throws {
        let first = try Arguments.optionalDay(from, flag: "--from")
        let last = try Arguments.optionalDay(to, flag: "--to") ?? programme.clock.today
        if let first, first > last {
            throw UserError(.usage, "--from '\(first)' is after today ('\(last)') — give --to as well")
        }
        let store = try programme.openStore(for: .report)
        let input = try store.reportInput(curriculum: try store.defaultCurriculum())
        let period = ReportPeriod(from: first ?? min(input.firstDay ?? last, last), to: last)
        // The exact and the open (consenting learners only) figures are independent: work them out side by side.
        // Each iteration writes only its own variable.
        nonisolated(unsafe) var exactResult: RegionalFigures?
        nonisolated(unsafe) var openResult: RegionalFigures?
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let figures = RegionalComputation.figures(input, period: period, comparePrevious: first != nil, consentingOnly: index == 1)
            if index == 0 { exactResult = figures } else { openResult = figures }
        }
        var exact = exactResult!
        var open = openResult!
        let allRegions = exact.regions
        if let region {
            guard let one = exact.only(region: region), let openOne = open.only(region: region) else {
                throw UserError.unknown("region", region, known: input.regions.map(\.code), listCommand: "skills region list")
            }
            exact = one
            open = openOne
        }
        let paths = try RegionalReportFiles(folder: out).write(exact: exact, open: open, mapRegions: allRegions)
        for path in paths { print(path) }
    }
}
