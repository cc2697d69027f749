import SkillsCore
import SkillsRendering

extension RegionalReportContent {
    /// The PDF's words and numbers, phrased from the computed figures (nothing here is counted again).
    /// `figures` is the whole programme, or one region when `figures.total` is that region.
    init(_ figures: RegionalFigures, mapRegions: [PlaceFigures], programmeName: String) {
        let one = figures.total.level == .region ? figures.total : nil
        let summary = ReportSummary(figures)
        let map = one.map { Self.authorityMap($0) } ?? Self.regionMap(mapRegions)
        let places = one?.children ?? figures.regions
        let unit = one == nil ? "region" : "local authority"
        let charted = places.filter { $0.learners > 0 }
        let charts = figures.areas.compactMap { area -> BarChart? in
            guard charted.contains(where: { ($0.areas[area.id]?.started ?? 0) > 0 }) else { return nil }
            return BarChart(
                title: "\(area.title): completed, of those who started",
                bars: charted.map { place in
                    let started = place.areas[area.id]?.started ?? 0
                    let done = place.areas[area.id]?.completed ?? 0
                    return Bar(
                        label: place.name, share: started > 0 ? Double(done) / Double(started) : 0,
                        valueText: started > 0
                            ? "\(PlainWords.percent(done, of: started)) of \(PlainWords.number(started))" : "none started")
                })
        }
        let chartsNote =
            charts.isEmpty
            ? "No learner in this report has started a skill area yet, so there is nothing to chart."
            : "For each \(unit) with learners: the share of learners who started a skill area (achieved at least one of its outcomes) "
                + "who have completed it (achieved all of them) by the end of the period, and how many started it."

        let (trends, trendNote) = Self.trends(figures.total, window: TrendWindow(endingOn: figures.period.to))
        let scope = one.map { " — \($0.name)" } ?? ""
        var notes = Self.notes(figures, one: one)
        let unmatched = figures.unmatchedCentres
        if !unmatched.isEmpty {
            notes.append(
                "Centres whose local authority matched none in the reference table (counted under the name they give): "
                    + unmatched.map { "\($0.ref) \($0.name): \($0.reason)" }.joined(separator: "; ") + ".")
        }
        self.init(
            title: "Digital skills: regional report\(scope)",
            subtitle: "\(PlainWords.date(figures.period.from)) to \(PlainWords.date(figures.period.to))"
                + (figures.previousPeriod.map { " · compared with \(PlainWords.date($0.from)) to \(PlainWords.date($0.to))" } ?? ""),
            footer: "\(programmeName) · Regional report\(scope)",
            keyFigures: summary.keyFigures.map { KeyFigure(value: $0.value, label: $0.label) }, sentences: summary.sentences,
            map: map.map,
            chartsTitle: "Skill by skill: which areas learners finish", chartsNote: chartsNote, charts: charts,
            trendTitle: "The last twelve months\(scope)", trendNote: trendNote, trends: trends,
            tables: Self.tables(figures, one: one), notesTitle: "About these figures", notes: notes + map.notes)
    }

    /// Learners active and awards earned per month, or no charts (and a sentence saying why) when all are zero.
    static func trends(_ place: PlaceFigures, window: TrendWindow) -> ([MonthlyChart], String) {
        let months = place.trend ?? []
        let short = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let labels = window.monthStarts.map { "\(short[$0.month - 1]) \($0.year)" }
        let through = PlainWords.date(window.lastDay)
        guard months.contains(where: { $0.learnersActive > 0 || $0.awardsEarned > 0 }) else {
            return ([], "No learner had a session in the twelve months to \(through), so there is no trend to show.")
        }
        let active = months.map(\.learnersActive)
        let awards = months.map(\.awardsEarned)
        return (
            [
                MonthlyChart(title: "Learners active per month", months: labels, values: active, valueTexts: active.map(PlainWords.number)),
                MonthlyChart(title: "Awards earned per month", months: labels, values: awards, valueTexts: awards.map(PlainWords.number)),
            ],
            "Learners with at least one session in the month, and learners who earned the award in the month, for the twelve "
                + "calendar months to \(through) (the last month runs to that day). These ignore --from."
        )
    }
}
