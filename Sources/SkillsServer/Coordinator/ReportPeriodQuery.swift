import Hummingbird
import SkillsCore

/// The period a coordinator's page or download asks for: `period=2026-Q3` (a standard period), or `from` and `to`
/// days for any other run of days; the current calendar year when none is given. Reading the days is the door's
/// part; whether the first comes before the last is the report service's rule, which it checks when asked.
struct ReportPeriodQuery {
    /// A form field of the query, named as in the address.
    enum Field: String, Sendable {
        case period, from, to
    }

    /// Why the query names no period, with the field to show it beside.
    enum Problem: Error, Equatable, Sendable {
        /// The period field holds something that is not a month, quarter, year or financial year.
        case notAPeriod(String)
        /// A day field holds something that is not a YYYY-MM-DD day.
        case notADay(Field, String)
        /// One of the two days was given without the other.
        case missingDay(Field)

        var field: Field {
            switch self {
            case .notAPeriod: .period
            case .notADay(let field, _), .missingDay(let field): field
            }
        }
    }

    /// The period field as typed (or the standard period the days make), to show back in the form.
    let text: String
    /// The first day's field as typed, or the first day of the standard period asked for.
    let fromText: String
    /// The last day's field as typed, or the last day of the standard period asked for.
    let toText: String
    /// The first and last day, or why the query names no period.
    let asked: Result<ReportPeriod, Problem>

    /// The first and last day, or nil when the query names no period.
    var days: ReportPeriod? { try? asked.get() }

    init(_ request: Request, today: Day) {
        let query = request.uri.queryParameters
        func typed(_ name: String) -> String { (query.get(name) ?? "").trimmingCharacters(in: .whitespaces) }
        let (from, to) = (typed("from"), typed("to"))
        if !from.isEmpty || !to.isEmpty {
            let asked = Self.days(from: from, to: to)
            let standard = (try? asked.get()).flatMap(StandardPeriod.init)
            self.init(text: standard?.description ?? "", fromText: from, toText: to, asked: asked)
            return
        }
        let period = typed("period").isEmpty ? String(today.year) : typed("period")
        let days = StandardPeriod(parsing: period)?.period
        self.init(
            text: period, fromText: days?.from.description ?? "", toText: days?.to.description ?? "",
            asked: days.map { .success($0) } ?? .failure(.notAPeriod(period)))
    }

    private init(text: String, fromText: String, toText: String, asked: Result<ReportPeriod, Problem>) {
        self.text = text
        self.fromText = fromText
        self.toText = toText
        self.asked = asked
    }

    /// A run of days from the `from` and `to` fields: both are needed, each a YYYY-MM-DD day.
    private static func days(from: String, to: String) -> Result<ReportPeriod, Problem> {
        guard !from.isEmpty else { return .failure(.missingDay(.from)) }
        guard !to.isEmpty else { return .failure(.missingDay(.to)) }
        guard let first = Day(iso: from) else { return .failure(.notADay(.from, from)) }
        guard let last = Day(iso: to) else { return .failure(.notADay(.to, to)) }
        return .success(ReportPeriod(from: first, to: last))
    }

    /// The query string that asks for the same period again (for download links).
    var queryString: String {
        guard let days else { return "period=\(HTML.urlPart(text))" }
        if let standard = StandardPeriod(days) { return "period=\(HTML.urlPart(standard.description))" }
        return "from=\(days.from)&amp;to=\(days.to)"
    }
}
