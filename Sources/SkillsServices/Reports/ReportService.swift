import Foundation
import SkillsCore
import SkillsRendering
import SkillsStore

/// Reports: the regional report with its open data, and the tutor report.
public struct ReportService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// What a regional report run produced.
    public struct RegionalReport: Sendable {
        /// The files written, the PDF first.
        public var paths: [String]
        /// Page 1's answers in sentences: where the gap is biggest, the weakest skill area, what changed.
        public var summary: [String]
        /// Centres whose local authority matched nothing in the reference table, with why.
        public var unmatchedCentres: [UnmatchedCentre]
        /// The standard period the open files were written for, or nil when the period is not one and there are none.
        public var openDataPeriod: StandardPeriod?
    }

    /// Works out the regional figures for a period (from the programme's start when `from` is nil, to today when `to`
    /// is nil), optionally for one region by local authority, and writes the report's files into `folder`.
    public func regional(from: Day?, to: Day?, region: String?, folder: String, by actor: String) async throws -> RegionalReport {
        let computed = try await regionalFigures(from: from, to: to, by: actor)
        var exact = computed.exact
        if let region {
            guard let one = exact.only(region: region) else {
                throw ServiceError.unknown(.region, region, among: computed.regionCodes)
            }
            exact = one
        }
        let files = RegionalReportFiles(folder: folder, programmeName: computed.programmeName)
        let paths = try await files.write(exact: exact, open: computed.open, region: region, mapRegions: computed.exact.regions)
        return RegionalReport(
            paths: paths, summary: ReportSummary(exact).sentences, unmatchedCentres: computed.exact.unmatchedCentres,
            openDataPeriod: computed.standard)
    }

    /// The standard period open data may be published for, checked before any figures are computed, so a door that
    /// asks only for open data is refused at once for any other run of days (see `StandardPeriod` for why). A first
    /// day after the last is refused as for any report.
    public func openDataPeriod(from: Day, to: Day, by actor: String) async throws -> StandardPeriod {
        try Self.checkOrder(from: from, to: to)
        try await context.gate.check(Authorisation(actor, .report))
        guard let standard = StandardPeriod(ReportPeriod(from: from, to: to)) else {
            throw ServiceError.invalid(field: "period", value: "\(from) to \(to)", StandardPeriod.whyOpenDataNeedsOne)
        }
        return standard
    }

    /// Checks that `actor` may see reports, for a door that answers before it asks for one; a refusal is audited.
    public func checkMayReport(by actor: String) async throws {
        try await context.gate.check(Authorisation(actor, .report))
    }

    /// What the regional report PDF shows for the whole programme over a period (its tile map, skill-area bars, key
    /// figures and tables), from the same computation, without drawing or writing anything: for a screen.
    public func regionalContent(from: Day?, to: Day?, by actor: String) async throws -> RegionalReportContent {
        let computed = try await regionalFigures(from: from, to: to, by: actor)
        return RegionalReportContent(computed.exact, mapRegions: computed.exact.regions, programmeName: computed.programmeName)
    }

    /// The exact and open figures for a period, as every regional answer starts from them.
    private struct ComputedRegional {
        var exact: RegionalFigures
        /// The open (consenting learners only) figures, for a standard period only.
        var open: RegionalFigures?
        var standard: StandardPeriod?
        var regionCodes: [String]
        var programmeName: String
    }

    private func regionalFigures(from: Day?, to: Day?, by actor: String) async throws -> ComputedRegional {
        let last = to ?? context.clock.today
        try Self.checkOrder(from: from, to: last)
        try await context.gate.check(Authorisation(actor, .report))
        let request = RegionalRequest(from: from, to: last)
        let (input, unmatched) = try await context.store.reportInput(
            curriculum: try await context.store.defaultCurriculum(), request: request
        ).matchingLocalAuthorities(try Self.localAuthorities())
        // Open data only for a standard period: see `StandardPeriod`.
        let standard = StandardPeriod(input.period)
        var exact = RegionalComputation.figures(input, consentingOnly: false)
        let open = standard == nil ? nil : RegionalComputation.figures(input, consentingOnly: true)
        exact.unmatchedCentres = unmatched
        return ComputedRegional(
            exact: exact, open: open, standard: standard, regionCodes: input.regions.map(\.code),
            programmeName: try await context.store.programme().name)
    }

    /// Refuses a period whose first day comes after its last.
    private static func checkOrder(from: Day?, to last: Day) throws {
        if let from, from > last {
            throw ServiceError.invalid(
                field: "from", value: from.description, "'\(from)' is after '\(last)'", hint: "give the earlier date first")
        }
    }

    /// The shipped local-authority reference table.
    static func localAuthorities() throws -> [LocalAuthorityReference] {
        let file = ShippedData.localAuthorities
        return try LocalAuthorityReference.read(file.text, file: file.path)
    }

    /// Writes hours per tutor and centre, and checks lapsing within `within` days, as CSV files and a PDF into
    /// `folder`; returns their paths, the PDF first.
    public func tutors(from: Day?, to: Day?, within: Int, folder: String, by actor: String) async throws -> [String] {
        guard within >= 0 else { throw ServiceError.invalid(field: "within", value: String(within), "\(within) must be 0 or more days") }
        try await context.gate.check(Authorisation(actor, .report))
        let last = to ?? context.clock.today
        let hours = try await context.store.tutorHours(from: from, to: last)
        let report = TutorReport(
            hours: hours, from: from, to: last, today: context.clock.today, within: within,
            programmeName: try await context.store.programme().name)
        return try report.write(to: folder)
    }
}
