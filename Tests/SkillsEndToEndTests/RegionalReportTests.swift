import Foundation
import SkillsTestSupport
import Testing

@Suite("Regional report and open data")
struct RegionalReportTests {
    typealias F = RegionalReportFixture

    /// The calendar year the fixture's sessions fall in: a standard period, so its report has open data.
    static let year = "2026"

    /// Builds the fixture programme through the CLI and writes the report for the autumn period, or for `period`.
    static func report(period: [String] = ["--from", F.from]) throws -> (SkillsRunner, URL) {
        let runner = try SkillsRunner(today: F.today)
        try runner.succeed(["init", "--name", "Report Test"])
        for kind in ["centres", "tutors", "learners", "sessions"] {
            let path = runner.folder.appendingPathComponent("\(kind).csv")
            try Data(F.files[kind]!.utf8).write(to: path)
            try runner.succeed(["import", kind, path.path] + (kind == "sessions" ? ["--allow-other-centre"] : []))
        }
        for learner in F.learners where learner.withdraws { try runner.succeed(["learner", "withdraw", learner.ref]) }
        let out = runner.folder.appendingPathComponent("report")
        let printed = try runner.succeed(["report", "regional", "--out", out.path] + period)
        #expect(printed.contains("regional-report.pdf"))
        #expect(printed.contains("open/regional.json") == (period.first == "--period"), "open data only for a standard period")
        return (runner, out)
    }

    static func model(_ runner: SkillsRunner, from: String, to: String, consentingOnly: Bool = false) throws -> RegionalReportModel {
        let curriculum =
            try JSONSerialization.jsonObject(with: Data(try runner.succeed(["curriculum", "show", "eds-life", "--json"]).utf8))
            as! [String: Any]
        var areas: [String: [String]] = [:]
        for module in curriculum["modules"] as! [[String: Any]] {
            areas[module["area"] as! String, default: []] += (module["outcomes"] as! [[String: Any]]).map { $0["id"] as! String }
        }
        let csv = Paths.packageRoot.appendingPathComponent("Reports/regions/uk-itl1.csv").path
        let rows = try Command.python([
            "-c", "import csv,json,sys; print(json.dumps(list(csv.DictReader(open(sys.argv[1], encoding='utf-8')))))", csv,
        ])
        var regions: [String: (population: Int, share: Double, row: Int, column: Int, populationYear: Int, needYear: Int)] = [:]
        for row in try JSONSerialization.jsonObject(with: Data(rows.stdout.utf8)) as! [[String: String]] {
            regions[row["code"]!] = (
                Int(row["population"]!)!, Double(row["need_share"]!)!, Int(row["tile_row"]!)!, Int(row["tile_col"]!)!,
                Int(row["population_year"]!)!, Int(row["need_year"]!)!
            )
        }
        let laCSV = Paths.packageRoot.appendingPathComponent("Reports/regions/uk-local-authorities.csv").path
        let laRows = try Command.python([
            "-c", "import csv,json,sys; print(json.dumps(list(csv.DictReader(open(sys.argv[1], encoding='utf-8')))))", laCSV,
        ])
        let authorities = try (JSONSerialization.jsonObject(with: Data(laRows.stdout.utf8)) as! [[String: String]]).map { row in
            RegionalReportModel.Authority(
                code: row["gss_code"]!, name: row["name"]!.trimmingCharacters(in: .whitespaces), region: row["region_code"]!,
                population: Int(row["population_2020"]!)!, latitude: Double(row["latitude"]!)!, longitude: Double(row["longitude"]!)!)
        }
        return RegionalReportModel(
            from: from, to: to, areas: areas, regions: regions, consentingOnly: consentingOnly, authorities: authorities)
    }

    @Test("every figure in regional.json matches answers worked out independently")
    func everyFigure() throws {
        let (runner, out) = try Self.report()
        let model = try Self.model(runner, from: F.from, to: F.today)
        let previous = try Self.model(
            runner, from: RegionalReportModel.shift(F.from, days: -87), to: RegionalReportModel.shift(F.from, days: -1))
        let expected = model.expectedJSON(previous: previous)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("regional.json")))
        var actual: [String: Double] = [:]
        flattenNumbers(json, "", into: &actual)
        #expect(Set(actual.keys).subtracting(expected.keys).sorted() == [], "figures in the JSON the test does not check")
        #expect(Set(expected.keys).subtracting(actual.keys).sorted() == [], "figures the JSON lacks")
        for (path, value) in expected.sorted(by: { $0.key < $1.key }) {
            guard let got = actual[path] else { continue }
            #expect(abs(got - value) < 1e-9, "\(path): expected \(value), got \(got)")
        }
        // A few answers spelled out, so a reader sees what the fixture exercises.
        #expect(actual["regions[W92000004].learners"] == 9)
        #expect(actual["regions[W92000004].completed"] == 1)
        #expect(actual["regions[W92000004].withdrawn"] == 1)
        #expect(actual["regions[W92000004].children[W06000015].children[CARD-01].delivered_sessions"] == 4)
        #expect(actual["regions[W92000004].areas.foundation.median_sessions_to_complete"] == 2.5)
        #expect(actual["regions[E12000003].drop_off"] == 1)
        #expect(actual["total.completed"] == 2)
        let json2 = json as! [String: Any]
        #expect((json2["period"] as? [String: String]) == ["from": F.from, "to": F.today])
    }

    @Test("the exact CSV holds the same figures as the JSON, read with Python's csv module")
    func exactCSV() throws {
        let (runner, out) = try Self.report()
        let model = try Self.model(runner, from: F.from, to: F.today)
        let script = "import csv,json,sys; print(json.dumps(list(csv.DictReader(open(sys.argv[1], encoding='utf-8', newline='')))))"
        let rows =
            try JSONSerialization.jsonObject(
                with: Data(try Command.python(["-c", script, out.appendingPathComponent("regional.csv").path]).stdout.utf8))
            as! [[String: String]]
        #expect(rows.map { $0["level"]! }.filter { $0 == "region" }.count == 12)
        for centre in F.centres {
            let row = try #require(rows.first { $0["level"] == "centre" && $0["code"] == centre.ref })
            let figures = model.figures(centres: [centre.ref])
            for key in ["learners", "active", "sessions", "minutes", "drop_off", "completed"] {
                #expect(Double(row[key]!) == figures[key], "\(centre.ref) \(key)")
            }
            #expect(Double(row["tutor_hours"]!) == figures["tutor_minutes"]! / 60)
            #expect(Double(row["safe_legal_started"]!) == figures["areas.safe-legal.started"])
        }
    }

    @Test("open files: consenting learners only, counts rounded to 5, none from 1 to 4, no suppressed cell recoverable")
    func openData() throws {
        let (runner, out) = try Self.report(period: ["--period", Self.year])
        #expect(!FileManager.default.fileExists(atPath: try Self.report().1.appendingPathComponent("open").path))
        let script = "import csv,json,sys; print(json.dumps(list(csv.DictReader(open(sys.argv[1], encoding='utf-8', newline='')))))"
        let rows =
            try JSONSerialization.jsonObject(
                with: Data(try Command.python(["-c", script, out.appendingPathComponent("open/regional.csv").path]).stdout.utf8))
            as! [[String: String]]
        #expect(rows.contains { $0["level"] == "centre" && $0["code"] == "LEED-01" }, "open data goes down to centres")
        let columns = Array(rows[0].keys)
        let counts = columns.filter { name in
            [
                "learners", "enrolled", "active", "withdrawn", "completed", "completed_to_date", "drop_off", "sessions",
                "delivered_sessions", "active_tutors",
            ].contains(name)
                || name.hasSuffix("_started") || name.hasSuffix("_completed") || name.hasPrefix("previous_")
        }
        #expect(counts.count > 20)
        var suppressedCells = 0
        for row in rows {
            for column in counts {
                let cell = row[column]!
                if cell == "[c]" {
                    suppressedCells += 1
                    continue
                }
                let value = try #require(Int(cell), "\(column) '\(cell)'")
                #expect(value % 5 == 0, "\(row["code"]!) \(column) shows \(value), not rounded to 5")
            }
        }
        #expect(suppressedCells > 0)
        // Totals: the programme row adds up its regions; each region adds up its local authorities.
        let additive = counts + ["minutes", "tutor_hours", "remaining_gap"]
        var groups: [[[String: String]]] = [[rows[0]] + rows.filter { $0["level"] == "region" }]
        for region in rows where region["level"] == "region" {
            groups.append([region] + rows.filter { $0["level"] == "local_authority" && $0["region_code"] == region["code"] })
        }
        // Each local authority adds up its centres; centres follow their authority in the file.
        for (index, row) in rows.enumerated() where row["level"] == "local_authority" {
            groups.append([row] + rows[(index + 1)...].prefix { $0["level"] == "centre" })
        }
        for group in groups {
            for column in additive {
                let cells = group.map { $0[column]! }.filter { !$0.isEmpty }
                guard cells.count > 1 else { continue }  // e.g. the gap: regions have one, local authorities do not
                let hidden = cells.filter { $0 == "[c]" }.count
                #expect(hidden != 1, "\(group[0]["code"]!) \(column): exactly one suppressed cell in \(cells)")
                if hidden == 0, cells.count > 1, let total = Double(cells[0]) {
                    // Rounded separately, the parts add up to the total give or take 2.5 each (half an hour, for hours).
                    let sum = cells.dropFirst().compactMap(Double.init).reduce(0, +)
                    let slack = Double(cells.count) * (column == "tutor_hours" ? 0.05 : 2.5)
                    #expect(abs(sum - total) <= slack || column == "active_tutors" || column == "remaining_gap", "\(column) adds up")
                }
            }
        }
        // Learners who did not consent are left out: the open total is the consenting learners' count.
        let model = try Self.model(runner, from: "2026-01-01", to: "2026-12-31", consentingOnly: true)
        let consenting = model.figures(centres: F.centres.map(\.ref))
        #expect(Double(rows[0]["learners"]!) == (consenting["learners"]! / 5).rounded() * 5)
        #expect(
            consenting["learners"]! < (try Self.model(runner, from: "2026-01-01", to: "2026-12-31")).figures(centres: F.centres.map(\.ref))[
                "learners"]!)
        // The JSON carries the same table.
        let open =
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("open/regional.json"))) as! [String: Any]
        let jsonRows = open["rows"] as! [[String: Any]]
        #expect(jsonRows.count == rows.count)
        for (jsonRow, csvRow) in zip(jsonRows, rows) {
            for column in counts {
                let value = jsonRow[column]
                #expect(
                    (value as? String) == "[c]"
                        ? csvRow[column] == "[c]" : (value as? NSNumber).map { String($0.intValue) } == csvRow[column])
            }
        }
    }

    @Test("the PDF says in plain words who is left behind, and one region can be reported alone")
    func pdfWords() throws {
        let (runner, out) = try Self.report()
        let text = try Command.run("/usr/bin/pdftotext", ["-layout", out.appendingPathComponent("regional-report.pdf").path, "-"]).stdout
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        // Wales: W01 and W07 started Communicating and neither completed it (W01 has 3 of its 11 outcomes).
        #expect(flat.contains("Wales: Communicating, 0 of 2 (0%)"))
        #expect(flat.contains("Remaining gap per 1,000 people, biggest first: Wales 190.0, Northern Ireland 180.0"))
        #expect(flat.contains("Where the gap is biggest"))
        #expect(flat.contains("About these figures"))
        let wales = runner.folder.appendingPathComponent("wales")
        try runner.succeed(["report", "regional", "--region", "W92000004", "--out", wales.path])
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: wales.appendingPathComponent("regional.json"))) as! [String: Any]
        #expect((json["regions"] as! [[String: Any]]).map { $0["code"] as! String } == ["W92000004"])
        let bad = try runner.run(["report", "regional", "--region", "W92000005", "--out", wales.path])
        #expect(bad.status == 65 && bad.stderr.contains("did you mean 'W92000004'"))
        let dates = try runner.run(["report", "regional", "--from", "2026-10-01", "--to", "2026-09-01", "--out", wales.path])
        #expect(dates.status == 64 && dates.stderr.contains("--from '2026-10-01' is after --to '2026-09-01'"))
    }

    @Test("tutor report: hours per tutor and centre with group sessions counted once, checks lapsing within 60 days")
    func tutorReport() throws {
        let (runner, _) = try Self.report()
        let out = runner.folder.appendingPathComponent("tutors")
        try runner.succeed(["report", "tutors", "--from", F.from, "--out", out.path])
        let script = "import csv,json,sys; print(json.dumps(list(csv.DictReader(open(sys.argv[1], encoding='utf-8', newline='')))))"
        let tutors =
            try JSONSerialization.jsonObject(
                with: Data(try Command.python(["-c", script, out.appendingPathComponent("tutors.csv").path]).stdout.utf8))
            as! [[String: String]]
        let priya = try #require(tutors.first { $0["tutor_ref"] == "T-PRIYA" })
        // In the period T-PRIYA led Y01 S4, S6, Y02 S2, G2 once, Y11 S2, S3, S4: 7 sessions, 60+60+30+120+60+60+60 minutes.
        #expect(priya["sessions"] == "7")
        #expect(priya["hours"] == "7.5")
        let expiring =
            try JSONSerialization.jsonObject(
                with: Data(try Command.python(["-c", script, out.appendingPathComponent("checks-expiring.csv").path]).stdout.utf8))
            as! [[String: String]]
        #expect(Set(expiring.map { $0["tutor_ref"]! }) == ["T-ALED", "T-LEE"])
        let pdf = try Command.run("/usr/bin/pdftotext", [out.appendingPathComponent("tutor-report.pdf").path, "-"]).stdout
        #expect(pdf.contains("Aled Rees") && pdf.contains("lapses in 24 days"))
    }
}
