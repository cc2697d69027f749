/// The twelve calendar months that end with the month of a report's last day, for the trend chart.
///
/// The last month runs only to the report's last day. Trends ignore `--from`: they always cover the twelve months.
public struct TrendWindow: Sendable, Equatable {
    /// Months in the window, oldest first.
    public static let monthCount = 12
    /// The first day of each month, oldest first.
    public let monthStarts: [Day]
    /// The report's last day, the last day counted.
    public let lastDay: Day

    public init(endingOn lastDay: Day) {
        self.lastDay = lastDay
        var starts: [Day] = []
        var year = lastDay.year
        var month = lastDay.month
        for _ in 0..<Self.monthCount {
            starts.append(Day(year: year, month: month, day: 1)!)
            month -= 1
            if month == 0 {
                month = 12
                year -= 1
            }
        }
        monthStarts = starts.reversed()
    }

    /// For each day from the first month's start to `lastDay`, the month's index (0 = oldest).
    func monthOfDay() -> [UInt8] {
        var lookup: [UInt8] = []
        lookup.reserveCapacity(monthStarts[0].days(until: lastDay) + 1)
        for (index, start) in monthStarts.enumerated() {
            let end = index + 1 < monthStarts.count ? monthStarts[index + 1].adding(days: -1) : lastDay
            lookup += repeatElement(UInt8(index), count: start.days(until: end) + 1)
        }
        return lookup
    }

    /// `YYYY-MM` for a month of the window.
    public func label(_ index: Int) -> String {
        let start = monthStarts[index]
        return "\(start.year)-\(start.month < 10 ? "0" : "")\(start.month)"
    }
}

/// One month of the trend: learners with a session in it, and awards earned in it.
public struct MonthFigures: Codable, Equatable, Sendable {
    /// `YYYY-MM`.
    public var month: String
    /// Learners with at least one session in the month (each counted once, whichever centre's session).
    public var learnersActive: Int
    /// Learners who earned the curriculum award in the month.
    public var awardsEarned: Int

    enum CodingKeys: String, CodingKey {
        case month
        case learnersActive = "learners_active"
        case awardsEarned = "awards_earned"
    }
}
