import SkillsCore
import SkillsRendering

extension RegionalReportContent {
    /// The PDF's words and numbers, phrased from the computed figures (nothing here is counted again).
    init(_ figures: RegionalFigures, mapRegions: [PlaceFigures]) {
        let one = figures.total.level == .region ? figures.total : nil
        let n = PlainWords.number
        func decimal(_ value: Double?) -> String { value.map { RegionalTable.decimal(($0 * 10).rounded() / 10) } ?? "–" }
        func hours(_ place: PlaceFigures) -> String { n(Int(place.tutorHours.rounded())) }
        func percent(_ part: Int, of whole: Int) -> String {
            whole > 0 ? "\(Int((Double(part) * 100 / Double(whole)).rounded()))%" : "no learners"
        }

        let inReport = Set(figures.regions.map(\.code))
        let tiles = mapRegions.compactMap { region -> Tile? in
            guard let tile = region.tile else { return nil }
            let value = inReport.contains(region.code) ? region.need?.remainingGapPer1000People : nil
            return Tile(
                label: Self.tileLabel(region.name), row: tile.row, column: tile.column, value: value,
                valueText: value.map { String(Int($0.rounded())) } ?? "–")
        }
        let charts = figures.areas.map { area in
            BarChart(
                title: "\(area.title): share who have completed it",
                bars: figures.regions.map { region in
                    let done = region.areas[area.id]?.completed ?? 0
                    return Bar(
                        label: region.name, share: region.learners > 0 ? Double(done) / Double(region.learners) : 0,
                        valueText: percent(done, of: region.learners))
                })
        }
        let compare = figures.previousPeriod != nil
        var activity = Table(
            title: "Learners, sessions and tutors by region",
            headers: [
                "Region", "Learners on the books", "Active in period", "Sessions (per learner)", "Tutor hours", "Active tutors",
                "Learners per tutor", "Earned award", "No session in 90 days",
            ] + (compare ? ["Active vs before"] : []),
            rows: [], numeric: Set(1...(compare ? 9 : 8)))
        var reach = Table(
            title: "Need, reach and remaining gap by region",
            headers: [
                "Region", "Population", "Share lacking skills", "People in need", "Learners per 1,000 in need",
                "Earned the award so far", "Remaining gap", "Gap per 1,000 people",
            ],
            rows: [], numeric: Set(1...7))
        var areas = Table(
            title: "Skill areas by region: completed (started)",
            headers: ["Region"] + figures.areas.map(\.title), rows: [], numeric: Set(1...figures.areas.count))
        var places = figures.regions
        if one == nil { places.append(figures.total) }
        for place in places {
            var row = [
                place.name, n(place.learners), n(place.active), n(place.sessions), hours(place), n(place.activeTutors),
                decimal(place.learnersPerTutor), n(place.completed), n(place.dropOff),
            ]
            if compare, let change = place.change { row.append((change.active > 0 ? "+" : "") + n(change.active)) }
            activity.rows.append(row)
            if let need = place.need {
                reach.rows.append([
                    place.name, n(need.population), "\(RegionalTable.decimal(need.needShare * 100))%", n(need.peopleInNeed),
                    decimal(need.reachPer1000InNeed), n(place.completedToDate), n(need.remainingGap),
                    decimal(need.remainingGapPer1000People),
                ])
            }
            areas.rows.append(
                [place.name]
                    + figures.areas.map { area in
                        let a = place.areas[area.id]
                        return "\(n(a?.completed ?? 0)) (\(n(a?.started ?? 0)))"
                    })
        }
        var authorities = Table(
            title: "Local authorities",
            headers: [
                "Local authority", "Region", "Learners on the books", "Active in period", "Sessions (per learner)", "Tutor hours",
                "Earned award", "No session in 90 days",
            ],
            rows: [], numeric: Set(2...7))
        for region in figures.regions {
            for authority in region.children {
                authorities.rows.append([
                    authority.name, region.name, n(authority.learners), n(authority.active), n(authority.sessions),
                    hours(authority), n(authority.completed), n(authority.dropOff),
                ])
            }
        }
        var notes = [
            "Learners on the books: enrolled by the end of the period and not withdrawn before it began. Active: at least one session in the period. "
                + "Earned the award: met every requirement of \(figures.completionTitle) (curriculum \(figures.curriculumID)). "
                + "No session for 90 days: on the books, not withdrawn, not completed, and no session (or enrolment) in the 90 days to the end of the period.",
            "Sessions count each learner at each session (a group of eight is eight). Tutor hours count each delivered session once, whoever attended.",
            "Skill areas: started = achieved at least one of the area's outcomes; completed = achieved all of them, by the end of the period.",
            "People in need = population × share lacking basic digital skills. Remaining gap = people in need less learners who have earned the award. "
                + "Populations are all ages while the shares are of adults, so treat these as a guide for ranking places, not a head count.",
        ]
        for region in figures.regions {
            if let need = region.need {
                notes.append(
                    "\(region.name): population \(n(need.population)) (\(need.populationKind)); \(RegionalTable.decimal(need.needShare * 100))% \(need.needMeasure), \(need.needYear)."
                )
            }
        }
        if Set(figures.regions.compactMap { $0.need.map { "\($0.needMeasure) \($0.needYear)" } }).count > 1 {
            notes.append(
                "Caution: the regions' need figures come from different measures or years (see above); they are not directly comparable.")
        }
        notes.append(
            "Exact figures, for the programme and its funders. For publication use the files in open/, where small numbers are hidden.")
        notes.append("Full definitions: Reports/README.md, \"Measures (data dictionary)\".")

        let scope = one.map { " — \($0.name)" } ?? ""
        self.init(
            title: "Digital skills: regional report\(scope)",
            subtitle: "\(PlainWords.date(figures.period.from)) to \(PlainWords.date(figures.period.to))"
                + (figures.previousPeriod.map { " · compared with \(PlainWords.date($0.from)) to \(PlainWords.date($0.to))" } ?? ""),
            sentences: PlainWords.summary(figures),
            mapTitle: "Where the gap is biggest: people per 1,000 still in need",
            mapNote: "Each square is a region. The number is how many people in every 1,000 lack basic digital skills and have not yet "
                + "earned the award here; darker squares have bigger gaps.",
            tiles: tiles,
            chartsTitle: "Skill by skill: who is still being left behind",
            chartsNote:
                "Share of learners on the books in each region who have completed each skill area. The percentage is printed on every bar.",
            charts: charts, tables: [activity, reach, areas, authorities], notesTitle: "About these figures", notes: notes)
    }

    /// A region's name short enough for two lines of a map tile ("Yorkshire and The Humber" → "Yorkshire & Humber").
    static func tileLabel(_ name: String) -> String {
        name.replacingOccurrences(of: " and The ", with: " & ").replacingOccurrences(of: " and ", with: " & ")
    }
}
