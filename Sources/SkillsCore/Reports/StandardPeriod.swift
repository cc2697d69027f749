/// A period statistics are published for: a calendar month, a quarter, a calendar year or a UK financial year
/// (1 April to 31 March).
///
/// Open data is published only for these. If any run of days could be published, two reports a day apart would
/// differ by exactly one day's counts, and a count hidden in one could be read off by subtracting the other.
public enum StandardPeriod: Equatable, Sendable, CustomStringConvertible {
    /// Why a report for another period has no open data, in words every door uses.
    public static let whyOpenDataNeedsOne =
        "No open data: open files are published only for a calendar month, a quarter, a year or a financial year,"
        + " so that reports for overlapping periods cannot be subtracted to reveal a few people."

    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
    case year(Int)
    /// The financial year that starts on 1 April of `startYear`.
    case financialYear(startYear: Int)

    /// The standard period exactly covering `period`, or nil.
    public init?(_ period: ReportPeriod) {
        let (from, to) = (period.from, period.to)
        guard from.day == 1, to.day == Day.length(ofMonth: to.month, year: to.year) else { return nil }
        let months = (to.year - from.year) * 12 + to.month - from.month + 1
        switch months {
        case 1: self = .month(year: from.year, month: from.month)
        case 3 where from.month % 3 == 1: self = .quarter(year: from.year, quarter: (from.month - 1) / 3 + 1)
        case 12 where from.month == 1: self = .year(from.year)
        case 12 where from.month == 4: self = .financialYear(startYear: from.year)
        default: return nil
        }
    }

    /// Reads `2026-10` (a month), `2026-Q3` (a quarter), `2026` (a year) or `2026-27` (a financial year). Where a
    /// financial year reads like a month (`2008-09`), it is the month; `FY2008-09` is the financial year.
    public init?(parsing text: String) {
        var text = Substring(text.uppercased())
        let financial = text.hasPrefix("FY")
        if financial { text = text.dropFirst(2) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts[0].count == 4, let year = Int(parts[0]), (1900...2998).contains(year) else { return nil }
        if parts.count == 1, !financial {
            self = .year(year)
        } else if parts.count == 2, parts[1].count == 2, parts[1].hasPrefix("Q"), !financial,
            let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter)
        {
            self = .quarter(year: year, quarter: quarter)
        } else if parts.count == 2, parts[1].count == 2, let number = Int(parts[1]) {
            if !financial, (1...12).contains(number) {
                self = .month(year: year, month: number)
            } else if number == (year + 1) % 100 {
                self = .financialYear(startYear: year)
            } else {
                return nil
            }
        } else {
            return nil
        }
    }

    /// The days covered, both ends included.
    public var period: ReportPeriod {
        func span(_ year: Int, _ month: Int, months: Int) -> ReportPeriod {
            let first = Day(year: year, month: month, day: 1)!
            let lastMonth = (month - 1 + months - 1) % 12 + 1
            let lastYear = year + (month - 1 + months - 1) / 12
            return ReportPeriod(
                from: first, to: Day(year: lastYear, month: lastMonth, day: Day.length(ofMonth: lastMonth, year: lastYear))!)
        }
        switch self {
        case .month(let year, let month): return span(year, month, months: 1)
        case .quarter(let year, let quarter): return span(year, (quarter - 1) * 3 + 1, months: 3)
        case .year(let year): return span(year, 1, months: 12)
        case .financialYear(let startYear): return span(startYear, 4, months: 12)
        }
    }

    /// The period of the same kind just before this one: the month, quarter or year before.
    public var previous: StandardPeriod {
        switch self {
        case .month(let year, let month): return month == 1 ? .month(year: year - 1, month: 12) : .month(year: year, month: month - 1)
        case .quarter(let year, let quarter):
            return quarter == 1 ? .quarter(year: year - 1, quarter: 4) : .quarter(year: year, quarter: quarter - 1)
        case .year(let year): return .year(year - 1)
        case .financialYear(let startYear): return .financialYear(startYear: startYear - 1)
        }
    }

    /// The form `init(parsing:)` reads: `2026-10`, `2026-Q3`, `2026`, `2026-27` (`FY2008-09` where it could be a month).
    public var description: String {
        func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        switch self {
        case .month(let year, let month): return "\(year)-\(twoDigits(month))"
        case .quarter(let year, let quarter): return "\(year)-Q\(quarter)"
        case .year(let year): return String(year)
        case .financialYear(let startYear):
            let end = (startYear + 1) % 100
            return (end <= 12 ? "FY" : "") + "\(startYear)-\(twoDigits(end))"
        }
    }
}
