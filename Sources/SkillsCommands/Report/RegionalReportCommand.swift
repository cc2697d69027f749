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
            Writes regional-report.pdf, regional.csv, regional.json, regional-trend.csv, open/regional.csv and
            open/regional.json, after printing the report's summary in words. With --region the report is about that
            region's local authorities.
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
        let (input, unmatched) = try store.reportInput(curriculum: try store.defaultCurriculum())
            .matchingLocalAuthorities(try Self.localAuthorities())
        for centre in unmatched {
            FileHandle.standardError.write(Data("warning: centre '\(centre.ref)' (\(centre.name)): \(centre.reason)\n".utf8))
        }
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
        exact.unmatchedCentres = unmatched
        let allRegions = exact.regions
        if let region {
            guard let one = exact.only(region: region) else {
                throw UserError.unknown("region", region, known: input.regions.map(\.code), listCommand: "skills region list")
            }
            exact = one
        }
        let files = RegionalReportFiles(folder: out, programmeName: try store.programme().name)
        let paths = try files.write(exact: exact, open: openResult!, region: region, mapRegions: allRegions)
        for sentence in ReportSummary(exact).sentences { print(sentence) }
        print("")
        for path in paths { print(path) }
    }

    /// The shipped local-authority table, read once per report.
    private static func localAuthorities() throws -> [LocalAuthorityReference] {
        let file = try ShippedData.localAuthoritiesFile()
        guard let text = try? String(contentsOf: file, encoding: .utf8) else {
            throw UserError(.noInput, "cannot read '\(file.path)' — reinstall the shipped Reports/ folder or set SKILLS_HOME")
        }
        return try LocalAuthorityReference.read(text, file: file.path)
    }
}
