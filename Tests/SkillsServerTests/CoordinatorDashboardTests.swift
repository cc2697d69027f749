import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SkillsCore
import SkillsServices
import SkillsStore
import Testing

@testable import SkillsServer

/// The coordinator's dashboard: the same figures as the regional report, and tutors kept out.
@Suite struct CoordinatorDashboardTests {
    @Test func theDashboardShowsTheReportsOwnFiguresForTheCurrentYear() async throws {
        let programme = try await WebProgramme.unchanging.value
        let year = StandardPeriod.year(2026).period
        let report = try await ReportService(programme.context).regionalContent(from: year.from, to: year.to, by: WebProgramme.founder)
        let map = try #require(report.map)
        #expect(!map.tiles.isEmpty && !report.charts.isEmpty, "the fixture gives nothing to compare")
        try await programme.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("priya-coord")
            let (response, html) = try await browser.page("/coordinator")
            #expect(response.status == .ok)
            #expect(html.contains("value=\"2026\""), "the period is not the current year by default")
            for tile in map.tiles {
                #expect(
                    html.contains(
                        "<th scope=\"row\">\(HTML.escape(tile.label))</th><td class=\"number\">\(HTML.escape(tile.valueText))</td>"),
                    "\(tile.label): \(tile.valueText) is not in the map's table")
                #expect(html.contains(">\(HTML.escape(tile.valueText))</text>"), "\(tile.label)'s value is not printed on its tile")
            }
            for chart in report.charts {
                #expect(html.contains("<caption>\(HTML.escape(chart.title))</caption>"))
                for bar in chart.bars {
                    #expect(html.contains("<th scope=\"row\">\(HTML.escape(bar.label))</th>"))
                    #expect(html.contains("<span class=\"value\">\(HTML.escape(bar.valueText))</span>"), "\(chart.title): \(bar.label)")
                }
            }
            for figure in report.keyFigures {
                #expect(html.contains("<dt>\(HTML.escape(figure.label))</dt><dd>\(HTML.escape(figure.value))</dd>"))
            }
            #expect(html.contains("T-ALED") && html.contains("Lapses in 50 days"), "the lapsing checks are missing")
            #expect(html.utf8.count < 50_000, "the dashboard is \(html.utf8.count) bytes")
            #expect(!html.contains("http://") && !html.contains("https://"))
        }
    }

    @Test func anotherPeriodGivesThatPeriodsFigures() async throws {
        let programme = try await WebProgramme.unchanging.value
        let quarter = StandardPeriod.quarter(year: 2026, quarter: 4).period
        let report = try await ReportService(programme.context).regionalContent(
            from: quarter.from, to: quarter.to, by: WebProgramme.founder)
        try await programme.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("priya-coord")
            let (_, html) = try await browser.page("/coordinator?period=2026-Q4")
            #expect(html.contains(HTML.escape(report.subtitle)))
            #expect(html.contains("regional-report.pdf?period=2026-Q4"))
        }
    }

    @Test func aPeriodThatIsNotOneIsNamedWithTheFix() async throws {
        try await WebProgramme.unchanging.value.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("priya-coord")
            let (response, html) = try await browser.page("/coordinator?period=2026-13")
            #expect(response.status == .unprocessableContent)
            #expect(html.contains("&#39;2026-13&#39; is not a period: write a month (2026-10)"))
            #expect(html.contains("aria-describedby=\"period-hint period-problem\""))
        }
    }

    @Test func aRunOfDaysFromTheFormGivesTheReportServicesFiguresForThoseDays() async throws {
        let programme = try await WebProgramme.unchanging.value
        let (from, to) = (Day(iso: "2026-11-05")!, Day(iso: "2026-11-25")!)
        let report = try await ReportService(programme.context).regionalContent(from: from, to: to, by: WebProgramme.founder)
        try await programme.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("priya-coord")
            let (_, year) = try await browser.page("/coordinator")
            #expect(year.contains("<input id=\"from\" name=\"from\" value=\"2026-01-01\""), "the days form starts from the period shown")
            let (response, html) = try await browser.page("/coordinator?from=2026-11-05&to=2026-11-25")
            #expect(response.status == .ok)
            #expect(html.contains(HTML.escape(report.subtitle)), "not the report service's subtitle for those days")
            for figure in report.keyFigures {
                #expect(html.contains("<dt>\(HTML.escape(figure.label))</dt><dd>\(HTML.escape(figure.value))</dd>"))
            }
            #expect(html.contains("<input id=\"from\" name=\"from\" value=\"2026-11-05\""), "the first day is not shown back")
            #expect(html.contains("<input id=\"to\" name=\"to\" value=\"2026-11-25\""), "the last day is not shown back")
            #expect(html.contains("<input id=\"period\" name=\"period\" value=\"\""), "the period field claims a standard period")
            #expect(html.contains("regional-report.pdf?from=2026-11-05&amp;to=2026-11-25"))
        }
    }

    @Test func aFirstDayAfterTheLastIsRefusedBesideItInEnglishAndWelsh() async throws {
        try await WebProgramme.unchanging.value.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("priya-coord")
            let uri = "/coordinator?from=2026-11-25&to=2026-11-05"
            let (response, html) = try await browser.page(uri)
            #expect(response.status == .unprocessableContent)
            #expect(
                html.contains(
                    "<span class=\"problem\" id=\"from-problem\">&#39;<span class=\"date\">2026-11-25</span>&#39; is after &#39;<span class=\"date\">2026-11-05</span>&#39; — give the earlier date first</span>"
                ),
                "\(html)")
            #expect(html.contains("value=\"2026-11-25\" inputmode=\"numeric\" aria-describedby=\"from-problem\" aria-invalid=\"true\""))
            #expect(!html.contains("Key figures"), "figures shown for days the service refused")
            try await browser.send(.get, "/language?to=cy&back=%2Fcoordinator")
            let (_, welsh) = try await browser.page(uri)
            #expect(
                welsh.contains(
                    "Rhowch y diwrnod cynharaf yn gyntaf: mae ‘<span class=\"date\">2026-11-25</span>’ ar ôl y diwrnod olaf."))
        }
    }

    @Test func aDayThatIsNotOneOrIsMissingIsNamedBesideItsFieldInEnglishAndWelsh() async throws {
        try await WebProgramme.unchanging.value.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("priya-coord")
            let (response, notADay) = try await browser.page("/coordinator?from=2026-11-05&to=25%2F11%2F2026")
            #expect(response.status == .unprocessableContent)
            #expect(
                notADay.contains(
                    "<span class=\"problem\" id=\"to-problem\">&#39;25/11/2026&#39; is not a day: write it as year-month-day, for example <span class=\"date\">2026-01-05</span>.</span>"
                ))
            #expect(notADay.contains("value=\"25/11/2026\""), "the day as typed is not shown back")
            let (_, missing) = try await browser.page("/coordinator?from=2026-11-05&to=")
            #expect(missing.contains("<span class=\"problem\" id=\"to-problem\">Give both the first and the last day.</span>"))
            try await browser.send(.get, "/language?to=cy&back=%2Fcoordinator")
            let (_, welsh) = try await browser.page("/coordinator?from=5-11-2026&to=2026-11-25")
            #expect(welsh.contains("id=\"from-problem\">Nid yw &#39;5-11-2026&#39; yn ddiwrnod"))
        }
    }

    @Test func aTutorIsRefusedEveryCoordinatorPage() async throws {
        try await WebProgramme.unchanging.value.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("T-ALED")
            for uri in [
                "/coordinator", "/coordinator?period=nonsense", "/coordinator?from=2026-11-25&to=2026-11-05",
                "/coordinator?from=nonsense&to=", "/coordinator/reports/regional-report.pdf?period=2026",
                "/coordinator/reports/regional.csv?period=2026", "/coordinator/reports/open-regional.csv?period=2026",
            ] {
                let (response, html) = try await browser.page(uri)
                #expect(response.status == .forbidden, "\(uri)")
                #expect(!html.contains("Lapses in"), "\(uri) shows a coordinator's figures")
            }
            let audit = try await AuditService(WebProgramme.unchanging.value.context).log(
                AuditFilter(actor: "T-ALED"), by: WebProgramme.founder)
            #expect(audit.contains { $0.action == "refused" && $0.details.contains("report") }, "the refusal is not audited")
        }
    }

    @Test func theDashboardIsInWelsh() async throws {
        try await WebProgramme.unchanging.value.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("priya-coord")
            try await browser.send(.get, "/language?to=cy&back=%2Fcoordinator")
            let (_, html) = try await browser.page("/coordinator")
            #expect(html.contains("<html lang=\"cy\">") && html.contains("Dangosfwrdd y rhaglen"))
        }
    }
}
