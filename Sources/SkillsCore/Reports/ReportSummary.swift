/// Page 1 of the regional report in words, and the figures a trustee quotes; the same sentences print to the terminal.
///
/// Only phrases figures already in `RegionalFigures`: nothing is counted here.
public struct ReportSummary: Sendable, Equatable {
    /// One headline figure: "1,234" and "learners on the books".
    public struct KeyFigure: Sendable, Equatable {
        public var value: String
        public var label: String
    }

    public var keyFigures: [KeyFigure]
    /// Sentences, most important first.
    public var sentences: [String]

    public init(_ figures: RegionalFigures) {
        let total = figures.total
        let n = PlainWords.number
        var figuresList = [
            KeyFigure(value: n(total.learners), label: total.learners == 1 ? "learner on the books" : "learners on the books"),
            KeyFigure(value: n(total.active), label: "active in the period"),
            KeyFigure(
                value: n(total.completed), label: total.completed == 1 ? "award earned in the period" : "awards earned in the period"),
            KeyFigure(value: n(total.completedToDate), label: "awards earned to date"),
            KeyFigure(value: n(total.sessions), label: "sessions attended"),
            KeyFigure(value: n(Int(total.tutorHours.rounded())), label: "tutor hours"),
        ]
        if let gap = total.need?.remainingGap {
            figuresList.append(KeyFigure(value: n(gap), label: "people still to reach (estimate)"))
        }
        keyFigures = figuresList
        sentences =
            [Self.activity(figures), Self.awards(figures)] + Self.gaps(figures) + Self.weakest(figures)
            + [Self.change(figures)] + Self.dropOff(figures)
    }

    static func activity(_ figures: RegionalFigures) -> String {
        let total = figures.total
        let period = "From \(PlainWords.date(figures.period.from)) to \(PlainWords.date(figures.period.to))"
        guard total.sessions > 0 else { return "\(period), no sessions were recorded." }
        return "\(period), \(PlainWords.count(total.active, "learner")) took part in \(PlainWords.count(total.sessions, "session")) "
            + "with \(PlainWords.count(total.activeTutors, "tutor")), who gave \(PlainWords.count(Int(total.tutorHours.rounded()), "hour"))."
    }

    static func awards(_ figures: RegionalFigures) -> String {
        let total = figures.total
        guard total.learners > 0 else {
            return "No learner was on the books in this period, so nobody could earn \(figures.completionTitle)."
        }
        let earned = total.completed == 1 ? "learner earned" : "learners earned"
        return "\(PlainWords.number(total.completed)) \(earned) \(figures.completionTitle) in this period; "
            + "\(PlainWords.number(total.completedToDate)) of the \(PlainWords.count(total.learners, "learner")) on the books "
            + "\(total.completedToDate == 1 || total.learners == 1 ? "has" : "have") earned it so far."
    }

    /// Where the gap is biggest: every region (or, for one region, every local authority) by gap per 1,000 people.
    static func gaps(_ figures: RegionalFigures) -> [String] {
        let oneRegion = figures.total.level == .region
        let places = (oneRegion ? figures.total.children : figures.regions).filter { $0.need?.remainingGapPer1000People != nil }
        guard !places.isEmpty else { return [] }
        let ranked = places.sorted { gap($0) != gap($1) ? gap($0) > gap($1) : $0.name < $1.name }
        func entry(_ place: PlaceFigures) -> String { "\(place.name) \(PlainWords.decimal(gap(place), places: 1))" }
        guard oneRegion else {
            return ["Remaining gap per 1,000 people, biggest first: " + ranked.map(entry).joined(separator: ", ") + "."]
        }
        let reached = ranked.filter { $0.learners > 0 }
        let notReached = ranked.filter { $0.learners == 0 }
        guard !reached.isEmpty else {
            return [
                "No local authority in \(figures.total.name) has a learner yet, so the estimated gap is the whole need: about "
                    + "\(PlainWords.decimal(gap(ranked[0]), places: 1)) people per 1,000 in each of its \(PlainWords.count(ranked.count, "authority", "authorities"))."
            ]
        }
        var sentence = "Remaining gap per 1,000 people in \(figures.total.name)'s local authorities (estimated), biggest first: "
        sentence += reached.map(entry).joined(separator: ", ") + "."
        if !notReached.isEmpty {
            let names = notReached.count <= 12 ? ": " + PlainWords.list(notReached.map(\.name)) : ""
            sentence +=
                " No learner yet in \(PlainWords.count(notReached.count, "other authority", "other authorities"))"
                + " (about \(PlainWords.decimal(gap(notReached[0]), places: 1)) per 1,000 in each)\(names)."
        }
        return [sentence]
    }

    private static func gap(_ place: PlaceFigures) -> Double { place.need?.remainingGapPer1000People ?? 0 }

    /// The skill area with the lowest share completed of those who started it, or nil when nobody started any.
    public static func weakestArea(_ place: PlaceFigures, areas: [RegionalFigures.AreaInfo]) -> (
        area: RegionalFigures.AreaInfo, completed: Int, started: Int
    )? {
        var worst: (area: RegionalFigures.AreaInfo, completed: Int, started: Int)?
        for area in areas {
            guard let figures = place.areas[area.id], figures.started > 0 else { continue }
            let share = Double(figures.completed) / Double(figures.started)
            if let current = worst, Double(current.completed) / Double(current.started) <= share { continue }
            worst = (area, figures.completed, figures.started)
        }
        return worst
    }

    static func weakest(_ figures: RegionalFigures) -> [String] {
        func phrase(_ found: (area: RegionalFigures.AreaInfo, completed: Int, started: Int)) -> String {
            "\(found.area.title), \(PlainWords.number(found.completed)) of \(PlainWords.number(found.started)) "
                + "(\(PlainWords.percent(found.completed, of: found.started)))"
        }
        guard let overall = weakestArea(figures.total, areas: figures.areas) else {
            return ["No learner has started a skill area yet, so no area can be called weakest."]
        }
        let scope = figures.total.level == .region ? "in \(figures.total.name)" : "overall"
        var lines = [
            "Weakest skill area \(scope), by share completed of those who started it: \(overall.area.title) — "
                + "\(PlainWords.number(overall.completed)) of the \(PlainWords.count(overall.started, "learner")) who started it "
                + "\(overall.completed == 1 || overall.started == 1 ? "has" : "have") completed it (\(PlainWords.percent(overall.completed, of: overall.started)))."
        ]
        let places = figures.total.level == .region ? figures.total.children : figures.regions
        var parts: [String] = []
        var none: [String] = []
        for place in places {
            if let found = weakestArea(place, areas: figures.areas) {
                parts.append("\(place.name): \(phrase(found))")
            } else if place.learners > 0 || figures.total.level == .total {
                none.append(place.name)
            }
        }
        let unit = figures.total.level == .region ? "local authority" : "region"
        if !parts.isEmpty {
            lines.append("Weakest skill area in each \(unit) (completed of those who started): " + parts.joined(separator: "; ") + ".")
        }
        if !none.isEmpty, figures.total.level == .total {
            lines.append("No learner has started a skill area yet in \(PlainWords.list(none)).")
        }
        return lines
    }

    static func change(_ figures: RegionalFigures) -> String {
        guard let previous = figures.total.previous, let period = figures.previousPeriod else {
            return "No comparison with an earlier period: give --period (a month, quarter or year) to compare with the one before."
        }
        func moved(_ name: String, _ before: Int, _ now: Int) -> String {
            let direction: String
            if now == before {
                direction = "no change"
            } else if before < 20 {
                // A percentage of a handful says little: give the difference.
                direction = "\(now > before ? "up" : "down") \(PlainWords.number(abs(now - before)))"
            } else {
                let percent = Int((Double(abs(now - before)) * 100 / Double(before)).rounded())
                direction = "\(now > before ? "up" : "down") \(percent)%"
            }
            return "\(name) \(PlainWords.number(before)) → \(PlainWords.number(now)) (\(direction))"
        }
        let now = figures.total
        return
            "Compared with \(PlainWords.period(period)): "
            + [
                moved("active learners", previous.active, now.active), moved("sessions attended", previous.sessions, now.sessions),
                moved("awards earned", previous.completed, now.completed),
            ].joined(separator: "; ") + "."
    }

    static func dropOff(_ figures: RegionalFigures) -> [String] {
        let total = figures.total
        guard total.dropOff > 0 else { return [] }
        let verb = total.dropOff == 1 ? "has" : "have"
        return [
            "\(PlainWords.count(total.dropOff, "learner")) \(verb) had no session for \(RegionalComputation.dropOffDays) days "
                + "and \(verb) not completed (\(PlainWords.percent(total.dropOff, of: total.learners)) of those on the books): "
                + "they may need a call."
        ]
    }
}
