import SkillsCore
import SkillsRendering

/// The coordinator's dashboard: the period forms (a standard period, or any run of days), the report's key figures, its
/// tile map and skill-area bars (each value printed, with the map's figures also as a table), the downloads, and the
/// tutors whose checks lapse soon.
struct DashboardView {
    /// A problem with the period asked for, worded for the page, and the field it is shown beside.
    struct PeriodProblem {
        let field: ReportPeriodQuery.Field
        let words: String
    }

    let period: ReportPeriodQuery
    /// The report for the period, or nil when the period could not be read.
    let report: RegionalReportContent?
    /// Why there is no report, or nil when there is one.
    let problem: PeriodProblem?
    /// The most urgent lapsing checks, and how many there are in all.
    let lapsing: (tutors: [Tutor], total: Int)
    let today: Day
    let visit: Visit

    /// How many lapsing checks the dashboard lists before linking to the whole list.
    static let lapsingShown = 10

    var html: String {
        let words = visit.language.coordinatorStrings
        var parts = [periodForm(words), links(words)]
        if let report {
            parts.append("<h2>\(HTML.escape(report.title))</h2><p>\(HTML.escape(report.subtitle))</p>")
            parts.append(keyFigures(report, words))
            if let map = report.map { parts.append(tileMap(map, words)) }
            parts.append(charts(report, words))
            parts.append(downloads(words))
        }
        parts.append("<h2>\(visit.strings.lapsingChecks)</h2>" + TutorRoutes.lapsing(lapsing.tutors, today: today, visit.strings))
        if lapsing.total > lapsing.tutors.count {
            parts.append(
                "<p>\(HTML.escape(visit.strings.lapsingShown(1, lapsing.tutors.count, lapsing.total)))"
                    + " <a href=\"/tutors/lapsing\">\(visit.strings.everyLapsingCheck)</a></p>")
        }
        return parts.joined(separator: "\n")
    }

    private func periodForm(_ words: CoordinatorStrings) -> String {
        """
        <form method="get" action="/coordinator">
        <p><label for="period">\(words.period)</label>
        <span class="hint" id="period-hint">\(words.periodHint)</span>\(problemText(.period))
        <input id="period" name="period" value="\(HTML.escape(period.text))"\(described(.period, hint: "period-hint")) autocomplete="off">
        <button type="submit">\(words.show)</button></p>
        </form>
        <form method="get" action="/coordinator">
        <fieldset aria-describedby="days-hint"><legend>\(words.daysLegend)</legend>
        <span class="hint" id="days-hint">\(words.daysHint)</span>
        <p><label for="from">\(words.firstDay)</label>\(problemText(.from))
        <input id="from" name="from" value="\(HTML.escape(period.fromText))" inputmode="numeric"\(described(.from)) autocomplete="off"></p>
        <p><label for="to">\(words.lastDay)</label>\(problemText(.to))
        <input id="to" name="to" value="\(HTML.escape(period.toText))" inputmode="numeric"\(described(.to)) autocomplete="off"></p>
        <p><button type="submit">\(words.showDays)</button></p>
        </fieldset>
        </form>
        """
    }

    /// The problem beside its field, or nothing.
    private func problemText(_ field: ReportPeriodQuery.Field) -> String {
        guard let problem, problem.field == field else { return "" }
        return "<span class=\"problem\" id=\"\(field.rawValue)-problem\">\(HTML.escapeKeepingDatesWhole(problem.words))</span>"
    }

    /// A field's hint and problem for screen readers, and whether it is the one in the wrong.
    private func described(_ field: ReportPeriodQuery.Field, hint: String? = nil) -> String {
        let wrong = problem?.field == field
        let ids = [hint, wrong ? "\(field.rawValue)-problem" : nil].compactMap { $0 }
        return (ids.isEmpty ? "" : " aria-describedby=\"\(ids.joined(separator: " "))\"") + (wrong ? " aria-invalid=\"true\"" : "")
    }

    private func links(_ words: CoordinatorStrings) -> String {
        "<ul><li><a href=\"/coordinator/import\">\(words.importTitle)</a></li>"
            + "<li><a href=\"/coordinator/certificates\">\(words.issueTitle)</a></li>"
            + "<li><a href=\"/coordinator/erasures\">\(visit.language.erasureWords.title)</a></li></ul>"
    }

    private func keyFigures(_ report: RegionalReportContent, _ words: CoordinatorStrings) -> String {
        let items = report.keyFigures.map { "<dt>\(HTML.escape($0.label))</dt><dd>\(HTML.escape($0.value))</dd>" }
        let sentences = report.sentences.map { "<li>\(HTML.escape($0))</li>" }
        return "<h3>\(words.keyFigures)</h3><dl class=\"figures\">\(items.joined())</dl>"
            + (sentences.isEmpty ? "" : "<ul>\(sentences.joined())</ul>")
    }

    private func tileMap(_ map: RegionalReportContent.TileMap, _ words: CoordinatorStrings) -> String {
        let rows = map.tiles.sorted { ($0.row, $0.column) < ($1.row, $1.column) }.map { tile in
            "<tr><th scope=\"row\">\(HTML.escape(tile.label))</th><td class=\"number\">\(HTML.escape(tile.valueText))</td></tr>"
        }
        return """
            <section aria-labelledby="map-title">
            <h3 id="map-title">\(HTML.escape(map.title))</h3>
            <p id="map-note">\(HTML.escape(map.note))</p>
            <div class="map">\(ReportSVG.tileMap(map, labelledBy: "map-title"))\(ReportSVG.legend(map.legend, title: words.colourKey))</div>
            <details><summary>\(words.figuresAsTable)</summary>
            <table><thead><tr><th scope="col">\(words.place)</th><th scope="col">\(words.value)</th></tr></thead>
            <tbody>\(rows.joined())</tbody></table></details>
            </section>
            """
    }

    private func charts(_ report: RegionalReportContent, _ words: CoordinatorStrings) -> String {
        let charts = report.charts.map { chart in
            let rows = chart.bars.map { bar in
                "<tr><th scope=\"row\">\(HTML.escape(bar.label))</th><td>\(ReportSVG.bar(bar.share))"
                    + "<span class=\"value\">\(HTML.escape(bar.valueText))</span></td></tr>"
            }
            return "<table class=\"bars\"><caption>\(HTML.escape(chart.title))</caption>"
                + "<thead><tr><th scope=\"col\">\(words.place)</th><th scope=\"col\">\(words.value)</th></tr></thead>"
                + "<tbody>\(rows.joined())</tbody></table>"
        }
        return "<section aria-labelledby=\"charts-title\"><h3 id=\"charts-title\">\(HTML.escape(report.chartsTitle))</h3>"
            + "<p>\(HTML.escape(report.chartsNote))</p>\(charts.joined())</section>"
    }

    private func downloads(_ words: CoordinatorStrings) -> String {
        let query = period.queryString
        return "<h2>\(words.downloads)</h2><ul>"
            + "<li><a href=\"/coordinator/reports/regional-report.pdf?\(query)\">\(words.reportPDF)</a></li>"
            + "<li><a href=\"/coordinator/reports/regional.csv?\(query)\">\(words.reportCSV)</a></li>"
            + "<li><a href=\"/coordinator/reports/open-regional.csv?\(query)\">\(words.openDataCSV)</a></li></ul>"
    }
}
