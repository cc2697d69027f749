import Foundation
import SkillsTestSupport
import Testing

/// Reports with little in them still read sensibly: no empty charts, no key like "0 to 0", a footer on every page.
@Suite("Regional report edge cases")
struct RegionalReportEdgeTests {
    typealias F = RegionalReportFixture

    /// What every sensible report has, whatever is in it.
    static func checkSensible(_ pdf: PDFText, footer: String) {
        #expect(!pdf.flat.contains("0 to 0"))
        #expect(pdf.flat.firstMatch(of: /\b(\d[\d,.]*) to \1\b(?![\d.,])/) == nil, "a key range names one value twice")
        #expect(!pdf.flat.contains("…"))
        for (index, page) in pdf.pages.enumerated() {
            #expect(page.contains(footer) && page.contains("Page \(index + 1) of \(pdf.pages.count)"))
        }
    }

    @Test("a region with one centre: its one authority on the map, one bar per chart, the centre in the table")
    func oneCentre() throws {
        let runner = try RegionalReportAuthorityTests.programme()
        let out = runner.folder.appendingPathComponent("scotland")
        let printed = try runner.succeed(["report", "regional", "--from", F.from, "--region", "S92000003", "--out", out.path])
        let pdf = try PDFText(out.appendingPathComponent("regional-report.pdf"))
        Self.checkSensible(pdf, footer: "Report Test · Regional report — Scotland")
        // S01 started Foundation skills (3 of its 10 outcomes) and completed none of it.
        #expect(
            pdf.flat.contains(
                "Weakest skill area in Scotland, by share completed of those who started it: Foundation skills — 0 of the 1 learner who started it has completed it (0%)."
            ))
        let chart = try #require(pdf.pages.first { $0.contains("Foundation skills: completed, of those who started") })
        #expect(chart.contains("Edinburgh") && chart.contains("0% of 1"))
        // Only the area someone started is charted: no empty charts.
        #expect(!pdf.flat.contains("Communicating: completed, of those who started"))
        #expect(pdf.flat.contains("Edinburgh Central Library"))
        #expect(
            printed.contains("Remaining gap per 1,000 people in Scotland's local authorities (estimated), biggest first: City of Edinburgh")
        )
        #expect(printed.contains("No learner yet in 31 other authorities"))
    }

    @Test("a region with no centre: the whole need is the gap, no charts, and it says so")
    func noCentre() throws {
        let runner = try RegionalReportAuthorityTests.programme()
        let out = runner.folder.appendingPathComponent("north-east")
        try runner.succeed(["report", "regional", "--from", F.from, "--region", "E12000001", "--out", out.path])
        let pdf = try PDFText(out.appendingPathComponent("regional-report.pdf"))
        Self.checkSensible(pdf, footer: "Report Test · Regional report — North East")
        #expect(
            pdf.flat.contains(
                "No local authority in North East has a learner yet, so the estimated gap is the whole need: about 120.0 people per 1,000 in each of its 12 authorities."
            ))
        #expect(pdf.flat.contains("No learner in this report has started a skill area yet, so there is nothing to chart."))
        #expect(pdf.flat.contains("No learner had a session in the twelve months to 26 November 2026, so there is no trend to show."))
        #expect(!pdf.flat.contains("of those who started Gateshead"))
        // One value on the map: a key of one entry, printed once.
        let map = try #require(pdf.pages.first { $0.contains("Colour key") })
        #expect(map.contains("120.0") && map.firstMatch(of: /\d\.\d to \d/) == nil)
    }

    @Test("a period with no sessions: the words say so, and nothing is charted")
    func noSessions() throws {
        let runner = try RegionalReportAuthorityTests.programme()
        let out = runner.folder.appendingPathComponent("empty")
        let printed = try runner.succeed(["report", "regional", "--from", "2024-01-01", "--to", "2024-02-29", "--out", out.path])
        let pdf = try PDFText(out.appendingPathComponent("regional-report.pdf"))
        Self.checkSensible(pdf, footer: "Report Test · Regional report")
        #expect(printed.contains("From 1 January 2024 to 29 February 2024, no sessions were recorded."))
        #expect(printed.contains("No learner was on the books in this period"))
        #expect(pdf.flat.contains("so there is nothing to chart"))
        #expect(pdf.flat.contains("so there is no trend to show"))
        #expect(!pdf.flat.contains("Learners active per month"))
    }

    @Test("the monthly trend is in the JSON and in regional-trend.csv, the same figures, read with Python's csv module")
    func trendFiles() throws {
        let runner = try RegionalReportAuthorityTests.programme()
        let out = runner.folder.appendingPathComponent("trend")
        try runner.succeed(["report", "regional", "--out", out.path])
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("regional.json"))) as! [String: Any]
        let trend = (json["total"] as! [String: Any])["trend"] as! [[String: Any]]
        let script = "import csv,json,sys; print(json.dumps(list(csv.DictReader(open(sys.argv[1], encoding='utf-8', newline='')))))"
        let rows =
            try JSONSerialization.jsonObject(
                with: Data(try Command.python(["-c", script, out.appendingPathComponent("regional-trend.csv").path]).stdout.utf8))
            as! [[String: String]]
        let total = rows.filter { $0["level"] == "total" }
        #expect(total.count == 12)
        #expect(total.map { $0["month"]! } == trend.map { $0["month"] as! String })
        #expect(total.map { Int($0["learners_active"]!)! } == trend.map { $0["learners_active"] as! Int })
        #expect(total.map { Int($0["awards_earned"]!)! } == trend.map { $0["awards_earned"] as! Int })
        // November 2026: Y01, Y07's enrolment month has no session, Y11 and S01 had sessions; Y11 earned the award on the 25th.
        #expect(total.last?["month"] == "2026-11")
        #expect(total.last?["awards_earned"] == "1")
        #expect(rows.contains { $0["level"] == "local_authority" && $0["code"] == "E08000035" })
        let pdf = try PDFText(out.appendingPathComponent("regional-report.pdf"))
        #expect(pdf.flat.contains("Learners active per month") && pdf.flat.contains("Awards earned per month"))
    }
}
