import Hummingbird
import SkillsCore

/// The period a coordinator's page or download asks for: `period=2026-Q3` (a standard period), or `from` and `to`
/// days for any other run of days; the current calendar year when neither is given.
struct ReportPeriodQuery {
    /// The period as typed, to show back in the form.
    let text: String
    /// The first and last day, or nil when the text is not a period.
    let days: ReportPeriod?

    init(_ request: Request, today: Day) {
        let query = request.uri.queryParameters
        if let from = query.get("from").flatMap(Day.init(iso:)), let to = query.get("to").flatMap(Day.init(iso:)) {
            text = "\(from) – \(to)"
            days = ReportPeriod(from: from, to: to)
            return
        }
        let typed = (query.get("period") ?? "").trimmingCharacters(in: .whitespaces)
        text = typed.isEmpty ? String(today.year) : typed
        days = StandardPeriod(parsing: text)?.period
    }

    /// The query string that asks for the same period again (for download links).
    var queryString: String {
        guard let days else { return "period=\(HTML.urlPart(text))" }
        if let standard = StandardPeriod(days) { return "period=\(HTML.urlPart(standard.description))" }
        return "from=\(days.from)&amp;to=\(days.to)"
    }
}
