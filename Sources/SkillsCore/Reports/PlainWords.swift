/// Sentences a trustee reads in the report's summary, built from the computed figures (no figure is worked out here
/// that is not in `RegionalFigures`, only phrased).
public enum PlainWords {
    /// "1 in 3", "2 in 3", "9 in 10": the simple fraction nearest to `share` (0...1), or nil for none/all.
    public static func fraction(_ share: Double) -> (numerator: Int, denominator: Int)? {
        guard share > 0 else { return nil }
        if share >= 1 { return (1, 1) }
        let candidates = [(1, 10), (1, 5), (1, 4), (1, 3), (2, 5), (1, 2), (3, 5), (2, 3), (3, 4), (4, 5), (9, 10)]
        return candidates.min { abs(Double($0.0) / Double($0.1) - share) < abs(Double($1.0) / Double($1.1) - share) }
    }

    /// A whole number with thousands separators: 12,345.
    public static func number(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(character)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// A day written out: 26 November 2026.
    public static func date(_ day: Day) -> String {
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        ]
        return "\(day.day) \(months[day.month - 1]) \(day.year)"
    }

    /// The skill area a region's learners have least often completed, as a sentence; nil without learners.
    public static func leftBehind(_ region: PlaceFigures, areas: [RegionalFigures.AreaInfo]) -> String? {
        guard region.learners > 0 else { return nil }
        let worst = areas.max { a, b in
            (region.areas[a.id]?.completed ?? 0) > (region.areas[b.id]?.completed ?? 0)
        }
        guard let worst, let figures = region.areas[worst.id] else { return nil }
        let notYet = Double(region.learners - figures.completed) / Double(region.learners)
        guard let (top, bottom) = fraction(notYet) else {
            return "In \(region.name), every learner has completed \(worst.title)."
        }
        if top == bottom { return "In \(region.name), no learner has yet completed \(worst.title)." }
        let verb = top == 1 ? "has" : "have"
        return "In \(region.name), \(top) in \(bottom) learners \(verb) not yet completed \(worst.title)."
    }

    /// The summary page's sentences, most important first.
    public static func summary(_ figures: RegionalFigures) -> [String] {
        let total = figures.total
        var lines: [String] = []
        lines.append(
            "From \(date(figures.period.from)) to \(date(figures.period.to)), \(number(total.active)) learners took part in "
                + "\(number(total.sessions)) sessions with \(number(total.activeTutors)) tutors, who gave "
                + "\(number(Int(total.tutorHours.rounded()))) hours.")
        lines.append(
            "\(number(total.completed)) learners earned \(figures.completionTitle) in this period "
                + "(\(number(total.completedToDate)) of the \(number(total.learners)) on the books have earned it so far).")
        if let change = total.change, let previous = total.previous, previous.active > 0 {
            let percent = Int((Double(abs(change.active)) * 100 / Double(previous.active)).rounded())
            let direction = change.active > 0 ? "up" : (change.active < 0 ? "down" : "unchanged")
            lines.append(
                direction == "unchanged"
                    ? "Active learners were the same as in the previous \(figures.period.length) days."
                    : "Active learners were \(direction) \(percent)% on the previous \(figures.period.length) days (\(number(previous.active)) then)."
            )
        }
        if total.learners > 0, let share = fraction(Double(total.dropOff) / Double(total.learners)), share.0 < share.1 {
            lines.append(
                "\(number(total.dropOff)) learners (about \(share.0) in \(share.1)) have had no session for "
                    + "\(RegionalComputation.dropOffDays) days and have not completed: they may need a call.")
        }
        let ranked = figures.regions.filter { $0.need?.remainingGapPer1000People != nil }
            .sorted { ($0.need!.remainingGapPer1000People!) > ($1.need!.remainingGapPer1000People!) }
        if let top = ranked.first, let need = top.need, let perHead = need.remainingGapPer1000People {
            lines.append(
                "The biggest remaining gap per head is in \(top.name): about \(Int(perHead.rounded())) in every 1,000 people "
                    + "lack basic digital skills and have not completed the course here.")
        }
        let worst = figures.regions.compactMap { region -> (PlaceFigures, Double)? in
            guard region.learners > 0 else { return nil }
            let lowest = figures.areas.map { Double(region.areas[$0.id]?.completed ?? 0) / Double(region.learners) }.min() ?? 1
            return (region, lowest)
        }.sorted { $0.1 < $1.1 }
        for (region, _) in worst.prefix(3) {
            if let sentence = leftBehind(region, areas: figures.areas) { lines.append(sentence) }
        }
        return lines
    }
}
