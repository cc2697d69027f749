import Foundation
import SkillsTestSupport
import Testing

/// The regional report PDF read back with pdftotext: each error a reader could see, and page 1's answers in words.
@Suite("Regional report PDF, read back")
struct RegionalReportPDFTests {
    typealias F = RegionalReportFixture

    static func curriculumAreas(_ runner: SkillsRunner) throws -> [(id: String, title: String)] {
        let json =
            try JSONSerialization.jsonObject(with: Data(try runner.succeed(["curriculum", "show", "eds-life", "--json"]).utf8))
            as! [String: Any]
        return (json["areas"] as! [[String: Any]]).map { ($0["id"] as! String, $0["title"] as! String) }
    }

    /// Numbers the way the report prints them: 12,345.
    static func grouped(_ value: Int) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.locale = Locale(identifier: "en_GB")
        return formatter.string(from: NSNumber(value: value))!
    }

    @Test(
        "page 1 names every region by gap per 1,000, the weakest skill area overall and per region, and the change; the terminal prints the same"
    )
    func pageOneInWords() throws {
        let (runner, out) = try RegionalReportTests.report()
        let printed = try runner.succeed(["report", "regional", "--from", F.from, "--out", out.path])
        let pdf = try PDFText(out.appendingPathComponent("regional-report.pdf"))
        let model = try RegionalReportTests.model(runner, from: F.from, to: F.today)
        let previous = try RegionalReportTests.model(
            runner, from: RegionalReportModel.shift(F.from, days: -87), to: RegionalReportModel.shift(F.from, days: -1))
        let names = try Command.python([
            "-c", "import csv,sys; print('\\n'.join(r['code']+'|'+r['name'] for r in csv.DictReader(open(sys.argv[1]))))",
            Paths.packageRoot.appendingPathComponent("Reports/regions/uk-itl1.csv").path,
        ]).stdout.split(separator: "\n").map { $0.split(separator: "|").map(String.init) }
        // Gap per 1,000 people, worked out here from the regions file and the model's completions.
        let gaps = names.map { pair -> (name: String, gap: Double) in
            let region = model.regions[pair[0]]!
            let centres = F.centres.filter { $0.region == pair[0] }.map(\.ref)
            let done = model.figures(centres: centres)["completed_to_date"]!
            let need = (Double(region.population) * region.share).rounded()
            return (pair[1], (need - done) * 1000 / Double(region.population))
        }.sorted { $0.gap != $1.gap ? $0.gap > $1.gap : $0.name < $1.name }
        let gapSentence =
            "Remaining gap per 1,000 people, biggest first: "
            + gaps.map { "\($0.name) \(String(format: "%.1f", $0.gap))" }.joined(separator: ", ") + "."
        #expect(gaps.count == 12)
        #expect(pdf.flat.contains(gapSentence), "\(gapSentence)")
        // Weakest area overall: lowest completed ÷ started, first in curriculum order on a tie.
        let all = model.figures(centres: F.centres.map(\.ref))
        let areas = try Self.curriculumAreas(runner)
        let weakest = areas.filter { all["areas.\($0.id).started"]! > 0 }.min { a, b in
            all["areas.\(a.id).completed"]! / all["areas.\(a.id).started"]! < all["areas.\(b.id).completed"]! / all[
                "areas.\(b.id).started"]!
        }!
        let started = Int(all["areas.\(weakest.id).started"]!)
        let completed = Int(all["areas.\(weakest.id).completed"]!)
        #expect(
            pdf.flat.contains(
                "Weakest skill area overall, by share completed of those who started it: \(weakest.title) — \(completed) of the \(started) learners"
            ))
        #expect(pdf.flat.contains("Weakest skill area in each region (completed of those who started): Yorkshire and The Humber: "))
        #expect(pdf.flat.contains("Wales: Communicating, 0 of 2 (0%)"))
        #expect(pdf.flat.contains("No learner has started a skill area yet in North East, North West"))
        // What changed: this period's and the previous period's active learners, from the model.
        let now = Int(all["active"]!)
        let before = Int(previous.figures(centres: F.centres.map(\.ref))["active"]!)
        #expect(pdf.flat.contains("active learners \(before) → \(now) (up \(now - before))"))
        // The figures a trustee quotes, on page 1.
        let page1 = pdf.pages[0].split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for label in [
            "learners on the books", "active in the period", "awards earned to date", "tutor hours", "people still to reach (estimate)",
        ] {
            #expect(page1.contains(label))
        }
        #expect(page1.contains(Self.grouped(Int(all["learners"]!))))
        // The terminal: the same sentences, then the files.
        let terminal = printed.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let sentence = try #require(terminal.range(of: gapSentence))
        let files = try #require(terminal.range(of: "regional-report.pdf"))
        #expect(sentence.upperBound < files.lowerBound)
    }

    @Test("plurals agree: one learner, one award; never '1 learners'")
    func plurals() throws {
        let (runner, out) = try RegionalReportTests.report()
        let wales = runner.folder.appendingPathComponent("wales")
        let printed = try runner.succeed(["report", "regional", "--from", F.from, "--region", "W92000004", "--out", wales.path])
        // Line by line: the key figures put their numbers on one line and their labels on the next.
        let lines = [wales, out].flatMap { folder in
            (try? PDFText(folder.appendingPathComponent("regional-report.pdf")).pages.flatMap { $0.split(separator: "\n") }) ?? []
        }
        #expect(lines.count > 100)
        for line in lines + printed.split(separator: "\n") {
            #expect(
                line.range(of: #"\b1 (learners|sessions|tutors|hours|authorities|days|awards)\b"#, options: .regularExpression) == nil,
                "\(line)")
        }
        // W01 is the only Welsh learner to earn the award in the period.
        #expect(printed.contains("1 learner earned Essential Digital Skills for Life in this period"))
    }

    @Test("every page has the programme's name and 'Page n of N' in its footer")
    func footers() throws {
        let (runner, out) = try RegionalReportTests.report()
        let wales = runner.folder.appendingPathComponent("wales")
        try runner.succeed(["report", "regional", "--region", "W92000004", "--out", wales.path])
        for (url, name) in [
            (out.appendingPathComponent("regional-report.pdf"), "Report Test · Regional report"),
            (wales.appendingPathComponent("regional-report.pdf"), "Report Test · Regional report — Wales"),
        ] {
            let pdf = try PDFText(url)
            #expect(pdf.pages.count > 2)
            for (index, page) in pdf.pages.enumerated() {
                #expect(page.contains(name), "page \(index + 1)")
                #expect(page.contains("Page \(index + 1) of \(pdf.pages.count)"), "page \(index + 1)")
            }
        }
    }

    @Test("the colour key never names one value as a range, and its ranges do not overlap")
    func colourKey() throws {
        let (runner, out) = try RegionalReportTests.report()
        let wales = runner.folder.appendingPathComponent("wales")
        try runner.succeed(["report", "regional", "--region", "W92000004", "--out", wales.path])
        for url in [out.appendingPathComponent("regional-report.pdf"), wales.appendingPathComponent("regional-report.pdf")] {
            let pdf = try PDFText(url)
            let page = try #require(pdf.pages.first { $0.contains("Colour key") })
            // Key labels are the "a to b" ranges on the map's page; dates there never have this shape.
            let ranges = page.matches(of: /(\d[\d,]*(?:\.\d+)?) to (\d[\d,]*(?:\.\d+)?)/).map {
                (Double($0.1.replacingOccurrences(of: ",", with: ""))!, Double($0.2.replacingOccurrences(of: ",", with: ""))!)
            }
            for (low, high) in ranges { #expect(low < high, "'\(low) to \(high)'") }
            for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.1 < b.0, "\(a) overlaps \(b)") }
            #expect(!pdf.flat.contains("0 to 0"))
        }
        // The UK key: five steps for twelve regions.
        let uk = try PDFText(out.appendingPathComponent("regional-report.pdf"))
        let page = try #require(uk.pages.first { $0.contains("Colour key") })
        #expect(page.matches(of: /\d to \d/).count == 5)
    }

    @Test("names and headers fit: nothing cut short, no header broken inside a word, no 'Sessions (per learner)'")
    func namesAndHeaders() throws {
        let (_, out) = try RegionalReportTests.report()
        let pdf = try PDFText(out.appendingPathComponent("regional-report.pdf"))
        #expect(!pdf.flat.contains("…"), "something was cut short with an ellipsis")
        for page in pdf.pages {
            for line in page.split(separator: "\n") {
                #expect(line.range(of: #"[a-z]-\s*$"#, options: .regularExpression) == nil, "a word broken at the end of '\(line)'")
            }
        }
        #expect(pdf.flat.contains("Yorkshire and The Humber"))
        #expect(pdf.pages.contains { $0.contains("Communicating") && $0.contains("Skill areas by region") })
        #expect(!pdf.flat.contains("Sessions (per learner)"))
        #expect(pdf.flat.contains("Sessions attended"))
    }

    @Test("one rounding rule per column: every gap per 1,000 in the need table has one decimal, the total row too")
    func rounding() throws {
        let (_, out) = try RegionalReportTests.report()
        let pdf = try PDFText(out.appendingPathComponent("regional-report.pdf"))
        let lines = pdf.pages.flatMap { $0.split(separator: "\n") }.filter {
            $0.range(of: #"^\s*[A-Za-z][A-Za-z ]+\s{2,}[\d,]+\s+\d+\.\d%"#, options: .regularExpression) != nil
        }
        // The need table: population, share %, people in need, reach, earned, gap, gap per 1,000 on each region's line.
        #expect(lines.count == 13, "12 regions and the total")
        for line in lines {
            let last = String(line.split(separator: " ").last!)
            #expect(last.range(of: #"^\d+\.\d$"#, options: .regularExpression) != nil, "'\(last)' in '\(line)'")
            let reach = line.split(separator: " ").dropLast(3).last.map(String.init) ?? ""
            #expect(reach.range(of: #"^\d+\.\d$"#, options: .regularExpression) != nil, "reach '\(reach)' in '\(line)'")
        }
    }

    @Test("tables flow: every page but the last is at least half full")
    func pagesFilled() throws {
        let (runner, out) = try RegionalReportTests.report()
        let wales = runner.folder.appendingPathComponent("wales")
        try runner.succeed(["report", "regional", "--region", "W92000004", "--out", wales.path])
        for url in [out.appendingPathComponent("regional-report.pdf"), wales.appendingPathComponent("regional-report.pdf")] {
            let pdf = try PDFText(url)
            for (index, lowest) in pdf.lowestContent.dropLast().enumerated() {
                #expect(lowest > pdf.pageHeight * 0.5, "\(url.lastPathComponent) page \(index + 1) ends at \(lowest)")
            }
        }
    }
}
