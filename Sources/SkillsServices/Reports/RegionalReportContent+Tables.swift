import SkillsCore
import SkillsRendering

extension RegionalReportContent {
    /// Each column is printed one way in every row: counts whole with separators, rates to one decimal.
    private static func oneDecimal(_ value: Double?) -> String { value.map { PlainWords.decimal($0, places: 1) } ?? "–" }

    /// The tables: by region for the UK; by local authority and centre for one region.
    static func tables(_ figures: RegionalFigures, one: PlaceFigures?) -> [Table] {
        let n = PlainWords.number
        let compare = figures.previousPeriod != nil
        // Rows: the places, each flagged as a heading (bold) or indented under one.
        var rows: [(place: PlaceFigures, emphasised: Bool, indented: Bool)] = []
        if let one {
            rows.append((one, true, false))
            for authority in one.children where authority.learners > 0 {
                rows.append((authority, true, false))
                for centre in authority.children { rows.append((centre, false, true)) }
            }
        } else {
            rows = figures.regions.map { ($0, false, false) } + [(figures.total, true, false)]
        }
        let emphasised = Set(rows.indices.filter { rows[$0].emphasised })
        let indented = Set(rows.indices.filter { rows[$0].indented })
        let placeHeader = one == nil ? "Region" : "Local authority and centre"
        let by = one == nil ? "by region" : "by local authority and centre"

        let activity = Table(
            title: "Learners, sessions and tutors \(by)",
            headers: [
                placeHeader, "Learners on the books", "Active in period", "Sessions attended", "Tutor hours", "Active tutors",
                "Learners per tutor", "Earned award in period", "No session in 90 days",
            ] + (compare ? ["Active: change on previous period"] : []),
            rows: rows.map { row in
                let place = row.place
                var cells = [
                    place.name, n(place.learners), n(place.active), n(place.sessions), n(Int(place.tutorHours.rounded())),
                    n(place.activeTutors), oneDecimal(place.learnersPerTutor), n(place.completed), n(place.dropOff),
                ]
                if compare { cells.append(place.change.map { ($0.active > 0 ? "+" : "") + n($0.active) } ?? "–") }
                return cells
            }, numeric: Set(1...(compare ? 9 : 8)), emphasised: emphasised, indented: indented)

        let needPlaces = one.map { [$0] + $0.children.filter { $0.need != nil } } ?? figures.regions + [figures.total]
        let reach = Table(
            title: one == nil ? "Need, reach and remaining gap by region" : "Need, reach and remaining gap by local authority (estimated)",
            headers: [
                one == nil ? "Region" : "Local authority", "Population", "Share lacking skills", "People in need",
                "Learners per 1,000 in need", "Earned the award so far", "Remaining gap", "Gap per 1,000 people",
            ],
            rows: needPlaces.compactMap { place in
                guard let need = place.need else { return nil }
                return [
                    place.name, n(need.population), PlainWords.decimal(need.needShare * 100, places: 1) + "%", n(need.peopleInNeed),
                    oneDecimal(need.reachPer1000InNeed), n(place.completedToDate), n(need.remainingGap),
                    oneDecimal(need.remainingGapPer1000People),
                ]
            }, numeric: Set(1...7), emphasised: one == nil ? [needPlaces.count - 1] : [0])

        let areas = Table(
            title: "Skill areas \(by): completed of those who started",
            headers: [placeHeader] + figures.areas.map(\.title),
            rows: rows.map { row in
                [row.place.name]
                    + figures.areas.map { area in
                        let figures = row.place.areas[area.id]
                        return "\(n(figures?.completed ?? 0)) of \(n(figures?.started ?? 0))"
                    }
            }, numeric: Set(1...figures.areas.count), emphasised: emphasised, indented: indented)
        guard one == nil else { return [activity, reach, areas] }

        let authorities = figures.regions.flatMap { region in region.children.filter { $0.learners > 0 }.map { (region, $0) } }
        let local = Table(
            title: "Local authorities with learners",
            headers: [
                "Local authority", "Region", "Learners on the books", "Active in period", "Sessions attended", "Tutor hours",
                "Earned award in period", "No session in 90 days", "Gap per 1,000 people (estimated)",
            ],
            rows: authorities.map { region, authority in
                [
                    authority.name, region.name, n(authority.learners), n(authority.active), n(authority.sessions),
                    n(Int(authority.tutorHours.rounded())), n(authority.completed), n(authority.dropOff),
                    oneDecimal(authority.need?.remainingGapPer1000People),
                ]
            }, numeric: Set(2...8))
        return [activity, reach, areas] + (authorities.isEmpty ? [] : [local])
    }

    /// Definitions, sources and caveats, in words.
    static func notes(_ figures: RegionalFigures, one: PlaceFigures?) -> [String] {
        let n = PlainWords.number
        var notes = [
            "Learners on the books: enrolled by the end of the period and not withdrawn before it began. Active: at least one session in the period. "
                + "Earned the award: met every requirement of \(figures.completionTitle) (curriculum \(figures.curriculumID)). "
                + "No session for 90 days: on the books, not withdrawn, not completed, and no session (or enrolment) in the 90 days to the end of the period.",
            "Sessions attended count each learner at each session (a group of eight is eight). Tutor hours count each delivered session once, whoever attended.",
            "Skill areas: started = achieved at least one of the area's outcomes; completed = achieved all of them, by the end of the period.",
            "Rounding: counts and hours are whole numbers; rates (per tutor, per 1,000) have one decimal place and shares one decimal place, in every row.",
            "People in need = population × share lacking basic digital skills. Remaining gap = people in need less learners who have earned the award. "
                + "Populations are all ages while the shares are of adults, so treat these as a guide for ranking places, not a head count.",
            "Local authorities: each centre's local authority is matched by name or GSS code to the UK's current local authorities "
                + "(Reports/regions/uk-local-authorities.csv: mySociety, UK Local Authority Names and Codes, MIT licence; populations ONS mid-2020, OGL). "
                + "Need per authority is an estimate: its population × its region's share lacking skills, because no survey gives the share "
                + "per authority. It assumes every authority in a region is alike, so use it to find gaps, not to prove them.",
        ]
        for region in figures.regions {
            if let need = region.need {
                notes.append(
                    "\(region.name): population \(n(need.population)) (\(need.populationKind)); \(PlainWords.decimal(need.needShare * 100, places: 1))% "
                        + "\(need.needMeasure), \(need.needYear).")
            }
        }
        if Set(figures.regions.compactMap { $0.need.map { "\($0.needMeasure) \($0.needYear)" } }).count > 1 {
            notes.append(
                "Caution: the regions' need figures come from different measures or years (see above); they are not directly comparable.")
        }
        if let one, one.children.contains(where: { $0.learners == 0 && $0.need != nil }) {
            let empty = one.children.filter { $0.learners == 0 && $0.need != nil }.map(\.name)
            notes.append(
                "Local authorities in \(one.name) with no learner yet (in the need table, not the others): \(PlainWords.list(empty)).")
        }
        notes.append(
            "Exact figures, for the programme and its funders. For publication use the files in open/, where small numbers are hidden.")
        notes.append("Full definitions: Reports/README.md, \"Measures (data dictionary)\".")
        return notes
    }
}
