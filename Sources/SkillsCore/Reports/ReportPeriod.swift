/// The days a report covers, both ends included.
public struct ReportPeriod: Codable, Equatable, Sendable {
    public var from: Day
    public var to: Day

    public init(from: Day, to: Day) {
        self.from = from
        self.to = to
    }

    /// Number of days, both ends included.
    public var length: Int { from.days(until: to) + 1 }

    /// The period to compare with: the month, quarter or year before a standard period; otherwise the period of the
    /// same length that ends the day before this one starts.
    public var previous: ReportPeriod {
        if let standard = StandardPeriod(self) { return standard.previous.period }
        return ReportPeriod(from: from.adding(days: -length), to: from.adding(days: -1))
    }

    /// Whether a day ordinal lies in the period.
    func contains(_ ordinal: Int32) -> Bool { ordinal >= Int32(from.ordinal) && ordinal <= Int32(to.ordinal) }
}
