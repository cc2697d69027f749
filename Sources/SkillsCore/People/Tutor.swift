/// A volunteer or staff tutor ("digital champion") and their safeguarding check.
public struct Tutor: Codable, Equatable, Sendable {
    /// Whether the tutor volunteers or is paid staff.
    public enum Role: String, Codable, Sendable, CaseIterable {
        case volunteer, staff
    }

    public var ref: String
    public var name: String
    public var centreRef: String
    public var role: Role
    public var dbsCheckedOn: Day?
    public var dbsExpiresOn: Day?
    public var trainedOn: Day?
    public var active: Bool

    public init(
        ref: String, name: String, centreRef: String, role: Role = .volunteer, dbsCheckedOn: Day? = nil,
        dbsExpiresOn: Day? = nil, trainedOn: Day? = nil, active: Bool = true
    ) {
        self.ref = ref
        self.name = name
        self.centreRef = centreRef
        self.role = role
        self.dbsCheckedOn = dbsCheckedOn
        self.dbsExpiresOn = dbsExpiresOn
        self.trainedOn = trainedOn
        self.active = active
    }

    /// How long a check is treated as current when no expiry is given: the common three-year renewal.
    public static let defaultCheckValidityYears = 3

    /// The expiry given, or three years after the check.
    public var effectiveDBSExpiry: Day? { Self.effectiveDBSExpiry(checkedOn: dbsCheckedOn, expiresOn: dbsExpiresOn) }

    /// The expiry given, or three years after the check: for a tutor not yet built, such as an import row.
    public static func effectiveDBSExpiry(checkedOn: Day?, expiresOn: Day?) -> Day? {
        if let expiresOn { return expiresOn }
        guard let checked = checkedOn else { return nil }
        let year = checked.year + Self.defaultCheckValidityYears
        return Day(year: year, month: checked.month, day: checked.day)
            ?? Day(year: year, month: checked.month, day: checked.day - 1)
    }
}

extension Tutor {
    /// The safeguarding check in words, counted from `today`: "lapses in 48 days", "lapses today", "lapsed 3 days
    /// ago", or "no check recorded".
    public func checkLapse(today: Day) -> String {
        guard let expiry = effectiveDBSExpiry else { return "no check recorded" }
        let days = today.days(until: expiry)
        switch days {
        case ..<(-1): return "lapsed \(-days) days ago"
        case -1: return "lapsed yesterday"
        case 0: return "lapses today"
        case 1: return "lapses tomorrow"
        default: return "lapses in \(days) days"
        }
    }
}
