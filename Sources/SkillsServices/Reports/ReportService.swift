import Foundation
import SkillsCore
import SkillsRendering
import SkillsStore

/// Reports: the regional report with its open data, and the tutor report.
public struct ReportService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// Works out the regional figures for a period (from the programme's start when `from` is nil, to today when `to`
    /// is nil), optionally for one region, and writes the report's files into `folder`; returns their paths.
    public func regional(from: Day?, to: Day?, region: String?, folder: String, by actor: String) async throws -> [String] {
        let last = to ?? context.clock.today
        if let from, from > last {
            throw ServiceError.invalid(
                field: "from", value: from.description, "'\(from)' is after '\(last)'", hint: "give the earlier date first")
        }
        try await context.gate.check(Authorisation(actor, .report))
        let input = try await context.store.reportInput(curriculum: try await context.store.defaultCurriculum())
        let period = ReportPeriod(from: from ?? min(input.firstDay ?? last, last), to: last)
        // The exact and the open (consenting learners only) figures are independent: work them out side by side.
        async let exactFigures = RegionalComputation.figures(input, period: period, comparePrevious: from != nil, consentingOnly: false)
        async let openFigures = RegionalComputation.figures(input, period: period, comparePrevious: from != nil, consentingOnly: true)
        var exact = await exactFigures
        var open = await openFigures
        let allRegions = exact.regions
        if let region {
            guard let one = exact.only(region: region), let openOne = open.only(region: region) else {
                throw ServiceError.unknown(.region, region, among: input.regions.map(\.code))
            }
            exact = one
            open = openOne
        }
        return try RegionalReportFiles(folder: folder).write(exact: exact, open: open, mapRegions: allRegions)
    }

    /// Writes hours per tutor and centre, and checks lapsing within `within` days, as CSV files and a PDF into
    /// `folder`; returns their paths, the PDF first.
    public func tutors(from: Day?, to: Day?, within: Int, folder: String, by actor: String) async throws -> [String] {
        guard within >= 0 else { throw ServiceError.invalid(field: "within", value: String(within), "\(within) must be 0 or more days") }
        try await context.gate.check(Authorisation(actor, .report))
        let last = to ?? context.clock.today
        let hours = try await context.store.tutorHours(from: from, to: last)
        let report = TutorReport(hours: hours, from: from, to: last, today: context.clock.today, within: within)
        return try report.write(to: folder)
    }
}
