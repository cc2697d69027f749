import SkillsCore
import SkillsRendering

/// The coordinator's dashboard: the period form, the report's key figures, its tile map and skill-area bars (each
/// value printed, with the map's figures also as a table), the downloads, and the tutors whose checks lapse soon.
struct DashboardView {
    let period: ReportPeriodQuery
    /// The report for the period, or nil when the period could not be read.
    let report: RegionalReportContent?
    let lapsing: [Tutor]
    let today: Day
    let visit: Visit

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
        parts.append("<h2>\(visit.strings.lapsingChecks)</h2>" + TutorRoutes.lapsing(lapsing, today: today, visit.strings))
        return parts.joined(separator: "\n")
    }

    private func periodForm(_ words: CoordinatorStrings) -> String {
        let problem =
            report == nil ? "<span class=\"problem\" id=\"period-problem\">\(HTML.escape(words.notAPeriod(period.text)))</span>" : ""
        let described = report == nil ? "period-hint period-problem" : "period-hint"
        return """
            <form method="get" action="/coordinator">
            <p><label for="period">\(words.period)</label>
            <span class="hint" id="period-hint">\(words.periodHint)</span>\(problem)
            <input id="period" name="period" value="\(HTML.escape(period.text))" aria-describedby="\(described)" autocomplete="off">
            <button type="submit">\(words.show)</button></p>
            </form>
            """
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
