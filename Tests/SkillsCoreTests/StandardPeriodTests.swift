import SkillsCore
import Testing

@Suite("Standard periods and rounding for open data")
struct StandardPeriodTests {
    @Test(
        "each written form reads back as itself and covers the right days",
        arguments: [
            ("2026-10", "2026-10-01", "2026-10-31"), ("2024-02", "2024-02-01", "2024-02-29"), ("2026-Q3", "2026-07-01", "2026-09-30"),
            ("2026-Q4", "2026-10-01", "2026-12-31"), ("2026", "2026-01-01", "2026-12-31"), ("2026-27", "2026-04-01", "2027-03-31"),
            ("FY2008-09", "2008-04-01", "2009-03-31"), ("2008-09", "2008-09-01", "2008-09-30"),
        ])
    func forms(_ text: String, _ from: String, _ to: String) throws {
        let period = try #require(StandardPeriod(parsing: text))
        #expect(period.description == text)
        #expect(period.period == ReportPeriod(from: Day(iso: from)!, to: Day(iso: to)!))
        #expect(StandardPeriod(period.period) == period)
    }

    @Test("other text is not a period", arguments: ["2026-13", "2026-Q5", "2026-Q0", "26-10", "2026-28", "2026-10-01", "", "Q3", "FY2026"])
    func notPeriods(_ text: String) {
        #expect(StandardPeriod(parsing: text) == nil)
    }

    @Test("of every run of days inside a month, only the whole month is a standard period")
    func onlyWholeMonth() {
        let first = Day(iso: "2026-10-01")!
        var standard: [ReportPeriod] = []
        for start in 0..<31 {
            for end in start..<31 {
                let period = ReportPeriod(from: first.adding(days: start), to: first.adding(days: end))
                if StandardPeriod(period) != nil { standard.append(period) }
            }
        }
        #expect(standard == [ReportPeriod(from: first, to: Day(iso: "2026-10-31")!)])
        // A day either side of the month is not one either.
        #expect(StandardPeriod(ReportPeriod(from: Day(iso: "2026-09-30")!, to: Day(iso: "2026-10-31")!)) == nil)
        #expect(StandardPeriod(ReportPeriod(from: first, to: Day(iso: "2026-11-01")!)) == nil)
        // Two months, or a quarter that does not start a quarter, are not standard.
        #expect(StandardPeriod(ReportPeriod(from: first, to: Day(iso: "2026-11-30")!)) == nil)
        #expect(StandardPeriod(ReportPeriod(from: Day(iso: "2026-02-01")!, to: Day(iso: "2026-04-30")!)) == nil)
    }

    @Test("a standard period is compared with the one before it of the same kind")
    func previous() {
        let october = StandardPeriod.month(year: 2026, month: 10).period
        #expect(october.previous == StandardPeriod.month(year: 2026, month: 9).period)
        #expect(StandardPeriod.month(year: 2026, month: 1).previous == .month(year: 2025, month: 12))
        #expect(StandardPeriod.quarter(year: 2026, quarter: 1).previous == .quarter(year: 2025, quarter: 4))
        #expect(StandardPeriod.financialYear(startYear: 2026).previous.period.from == Day(iso: "2025-04-01"))
        // Any other period is compared with the same number of days just before it.
        let days = ReportPeriod(from: Day(iso: "2026-10-05")!, to: Day(iso: "2026-10-14")!)
        #expect(days.previous == ReportPeriod(from: Day(iso: "2026-09-25")!, to: Day(iso: "2026-10-04")!))
    }

    @Test("counts are rounded to the nearest 5")
    func rounding() {
        #expect([0, 1, 2, 3, 4, 5, 7, 8, 12, 13, 1002].map(PublicationRounding.rounded) == [0, 0, 0, 5, 5, 5, 5, 10, 10, 15, 1000])
        #expect(PublicationRounding.rounded(-8) == -10)
    }
}
