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

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// A day written out: 26 November 2026.
    public static func date(_ day: Day) -> String {
        "\(day.day) \(months[day.month - 1]) \(day.year)"
    }

    /// A period written out: "September 2026", "July to September 2026", "2025", "the 2025-26 financial year", or
    /// "the 30 days from 1 to 30 September 2026" for any other run of days.
    public static func period(_ period: ReportPeriod) -> String {
        switch StandardPeriod(period) {
        case .month(let year, let month): return "\(months[month - 1]) \(year)"
        case .quarter(let year, let quarter):
            return "\(months[(quarter - 1) * 3]) to \(months[(quarter - 1) * 3 + 2]) \(year)"
        case .year(let year): return String(year)
        case .financialYear(let startYear):
            return
                "the \(StandardPeriod.financialYear(startYear: startYear).description.replacingOccurrences(of: "FY", with: "")) financial year"
        case nil:
            return "the \(count(period.length, "day")) from \(date(period.from)) to \(date(period.to))"
        }
    }

    /// "1 learner", "2 learners": a count with thousands separators and the right form of the noun.
    public static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number(value)) \(value == 1 ? singular : plural ?? singular + "s")"
    }

    /// A number to exactly `places` decimals, with thousands separators: 1,234.5, 85.0.
    public static func decimal(_ value: Double, places: Int) -> String {
        let scale = places == 0 ? 1.0 : (places == 1 ? 10.0 : 100.0)
        let units = Int((abs(value) * scale).rounded())
        let whole = units / Int(scale)
        let sign = value < 0 && units != 0 ? "-" : ""
        guard places > 0 else { return sign + number(whole) }
        let fraction = String(units % Int(scale))
        return sign + number(whole) + "." + String(repeating: "0", count: places - fraction.count) + fraction
    }

    /// A whole-number percentage of a part in a whole: "22%".
    public static func percent(_ part: Int, of whole: Int) -> String {
        whole > 0 ? "\(Int((Double(part) * 100 / Double(whole)).rounded()))%" : "–"
    }

    /// Names joined as a list: "A", "A and B", "A, B and C".
    public static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
