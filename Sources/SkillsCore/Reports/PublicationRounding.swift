/// Published counts are rounded to the nearest 5, as statistical producers do.
///
/// Suppression alone protects one table. Tables for periods that overlap (a quarter and its months, a year before
/// and after late sessions are recorded) can still be subtracted from each other, and a difference of exact counts
/// gives back a suppressed one. A rounded count is off by up to 2, so such a difference is off by up to 4 or more,
/// and a count from 1 to 4 cannot be recovered. Figures built on counts (rates, gaps, changes) are worked out
/// again from the rounded counts, so none of them gives an exact count back either.
public enum PublicationRounding {
    /// Counts are published as multiples of this.
    public static let base = 5

    /// `value` to the nearest multiple of `base` (counts are never negative, so there are no ties).
    public static func rounded(_ value: Int) -> Int {
        value < 0 ? -rounded(-value) : (value + base / 2) / base * base
    }
}

extension RegionalFigures {
    /// The figures as published: every count rounded, and every figure built on counts worked out from the rounded ones.
    public func roundedForPublication() -> RegionalFigures {
        var copy = self
        copy.total = total.roundedForPublication()
        copy.regions = regions.map { $0.roundedForPublication() }
        return copy
    }
}

extension PlaceFigures {
    func roundedForPublication() -> PlaceFigures {
        let round = PublicationRounding.rounded
        var copy = self
        copy.learners = round(learners)
        copy.enrolled = round(enrolled)
        copy.active = round(active)
        copy.withdrawn = round(withdrawn)
        copy.completed = round(completed)
        copy.completedToDate = round(completedToDate)
        copy.dropOff = round(dropOff)
        copy.sessions = round(sessions)
        copy.minutes = round(minutes)
        copy.deliveredSessions = round(deliveredSessions)
        copy.tutorMinutes = round(tutorMinutes)
        copy.activeTutors = round(activeTutors)
        copy.learnersPerTutor = Self.learnersPerTutor(active: copy.active, tutors: copy.activeTutors)
        copy.areas = areas.mapValues { area in
            var area = area
            area.started = round(area.started)
            area.completed = round(area.completed)
            return area
        }
        copy.need?.measure(learners: copy.learners, completedToDate: copy.completedToDate)
        if let previous {
            let before = previous.rounded()
            copy.previous = before
            copy.change = PeriodTotals(copy).minus(before)
        }
        copy.children = children.map { $0.roundedForPublication() }
        return copy
    }
}

extension PeriodTotals {
    func rounded() -> PeriodTotals {
        let round = PublicationRounding.rounded
        return PeriodTotals(
            learners: round(learners), active: round(active), sessions: round(sessions), minutes: round(minutes),
            completed: round(completed), tutorMinutes: round(tutorMinutes))
    }
}
