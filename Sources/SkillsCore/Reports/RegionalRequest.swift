/// What a regional report asks of the store: its period, given or from the programme's first day, and whether it
/// compares with the period before.
public struct RegionalRequest: Sendable, Equatable {
    /// The first day, or nil for the programme's first day (its earliest enrolment or session).
    public var from: Day?
    /// The last day.
    public var to: Day

    public init(from: Day?, to: Day) {
        self.from = from
        self.to = to
    }

    /// A report given its first day is compared with the period before.
    public var comparePrevious: Bool { from != nil }

    /// The period, given the programme's first day (nil when it has none).
    public func period(firstDay: Day?) -> ReportPeriod {
        ReportPeriod(from: from ?? min(firstDay ?? to, to), to: to)
    }

    /// Empty sums for every view the report draws: everyone, and consenting learners only when the period is a
    /// standard one (open data exists only for those: `StandardPeriod`), each for the period and, when compared, the
    /// period before.
    public func tallies(period: ReportPeriod, outcomes: OutcomeIndex, centreCount: Int, groupCount: Int) -> [RegionalTallies] {
        let periods = comparePrevious ? [period, period.previous] : [period]
        let audiences = StandardPeriod(period) == nil ? [false] : [false, true]
        return audiences.flatMap { consentingOnly in
            periods.map {
                RegionalTallies(
                    period: $0, consentingOnly: consentingOnly, outcomes: outcomes, centreCount: centreCount, groupCount: groupCount)
            }
        }
    }
}
