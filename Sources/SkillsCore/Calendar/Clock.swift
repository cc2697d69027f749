import Foundation

/// Where "now" comes from, so tests can fix it (set `SKILLS_TODAY=YYYY-MM-DD`).
public struct Clock: Sendable {
    public let now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) { self.now = now }

    /// The real clock.
    public static let system = Clock { Date() }

    /// A clock fixed at the start of the given day (UTC).
    public static func fixed(_ day: Day) -> Clock {
        let instant = Date(timeIntervalSince1970: Double(day.ordinal) * 86_400)
        return Clock { instant }
    }

    /// Today's date in UTC.
    public var today: Day { Day(now()) }
}
