import Foundation
import SkillsTestSupport
import Testing

/// Local authorities: centres matched to the shipped table, a region's report about its authorities, and open data
/// whose suppressed cells stay hidden across every level and between a region's files and the UK's.
@Suite("Regional report by local authority")
struct RegionalReportAuthorityTests {
    typealias F = RegionalReportFixture

    /// The fixture plus: a Leeds centre named the council's way, one with a typo, one filed under the wrong region,
    /// and Scotland's only centre.
    static func programme() throws -> SkillsRunner {
        let (runner, _) = try RegionalReportTests.report()
        let files = [
            "centres": """
            centre_ref,name,region_code,local_authority
            LEED-02,Leeds Hub,E12000003,Leeds City Council
            YORK-01,Tadcaster Library,E12000003,Leds
            YORK-02,Misfiled Centre,E12000003,Cardiff
            EDIN-01,Edinburgh Central Library,S92000003,City of Edinburgh

            """,
            "tutors":
                "tutor_ref,name,centre_ref,dbs_checked_on,dbs_expires_on,trained_on,role\nT-EDI,Eilidh Ross,EDIN-01,2025-01-15,,2025-02-01,volunteer\n",
            "learners": """
            learner_ref,name,year_of_birth,centre_ref,enrolled_on,open_data_consent
            Y20,Learner Y20,1950,LEED-02,2026-09-03,yes
            Y21,Learner Y21,1950,YORK-01,2026-09-03,yes
            S01,Learner S01,1950,EDIN-01,2026-09-10,yes

            """,
            "sessions": """
            session_ref,date,learner_ref,tutor_ref,minutes,mode,outcomes,notes
            Y20-S1,2026-10-01,Y20,T-LEE,60,in-person,F1.1,
            S01-S1,2026-10-02,S01,T-EDI,60,in-person,F1.1;F1.2,
            S01-S2,2026-11-02,S01,T-EDI,45,in-person,F1.3,

            """,
        ]
        for kind in ["centres", "tutors", "learners", "sessions"] {
            let path = runner.folder.appendingPathComponent("more-\(kind).csv")
            try Data(files[kind]!.utf8).write(to: path)
            try runner.succeed(["import", kind, path.path] + (kind == "sessions" ? ["--allow-other-centre"] : []))
        }
        return runner
    }

    static func referenceAuthorities(region: String) throws -> [(code: String, name: String)] {
        let script =
            "import csv,sys; print('\\n'.join(r['gss_code']+'|'+r['name'].strip() for r in csv.DictReader(open(sys.argv[1])) if r['region_code']==sys.argv[2]))"
        return try Command.python([
            "-c", script, Paths.packageRoot.appendingPathComponent("Reports/regions/uk-local-authorities.csv").path, region,
        ]).stdout.split(separator: "\n").map { line in
            let parts = line.split(separator: "|").map(String.init)
            return (parts[0], parts[1])
        }
    }

    @Test("centres match by name however written; centres that match nothing are reported, with the nearest name")
    func matching() throws {
        let runner = try Self.programme()
        let out = runner.folder.appendingPathComponent("yorkshire")
        let result = try runner.run(["report", "regional", "--from", F.from, "--region", "E12000003", "--out", out.path])
        #expect(result.status == 0)
        #expect(
            result.stderr.contains(
                "warning: centre 'YORK-01' (Tadcaster Library): no local authority 'Leds' in Yorkshire and The Humber — did you mean 'Leeds'?"
            ))
        #expect(result.stderr.contains("warning: centre 'YORK-02' (Misfiled Centre): 'Cardiff' is in Wales, not Yorkshire and The Humber"))
        #expect(!result.stderr.contains("LEED-02"), "'Leeds City Council' is Leeds")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("regional.json"))) as! [String: Any]
        let unmatched = json["unmatched_centres"] as! [[String: String]]
        #expect(unmatched.map { $0["ref"]! } == ["YORK-02", "YORK-01"] || unmatched.map { $0["ref"]! } == ["YORK-01", "YORK-02"])
        #expect(unmatched.first { $0["ref"] == "YORK-01" }?["local_authority"] == "Leds")
        let region = (json["regions"] as! [[String: Any]])[0]
        let children = region["children"] as! [[String: Any]]
        let expected = try Self.referenceAuthorities(region: "E12000003")
        #expect(expected.count == 15)
        #expect(children.map { $0["code"] as! String } == expected.sorted { $0.name < $1.name }.map(\.code) + ["Cardiff", "Leds"])
        let leeds = try #require(children.first { $0["code"] as? String == "E08000035" })
        #expect(((leeds["children"] as! [[String: Any]]).map { $0["code"] as! String }) == ["LEED-01", "LEED-02"])
        // Leeds: Y08, Y09, Y10 at LEED-01 and Y20 at LEED-02 are on the books; population 798,786 × 6%.
        #expect(leeds["learners"] as? Int == 4)
        let need = leeds["need"] as! [String: Any]
        #expect(need["people_in_need"] as? Int == 47_927)
        #expect(need["population"] as? Int == 798_786)
        let pdf = try PDFText(out.appendingPathComponent("regional-report.pdf"))
        #expect(pdf.flat.contains("YORK-01 Tadcaster Library: no local authority 'Leds'"))
        #expect(result.stderr.contains("set it with `skills centre set-local-authority YORK-01 'Leeds'`"))
        // The fix the warning names: a wrong name is refused with the nearest one, the right one is recorded.
        let refused = try runner.run(["centre", "set-local-authority", "YORK-01", "Leds"])
        #expect(refused.status == 65 && refused.stderr.contains("no local authority 'Leds' — did you mean 'Leeds'?"), "\(refused.stderr)")
        try runner.succeed(["centre", "set-local-authority", "YORK-01", "Leeds"])
        let again = try runner.run(["report", "regional", "--from", F.from, "--region", "E12000003", "--out", out.path])
        #expect(!again.stderr.contains("YORK-01"))
        let fixed = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("regional.json"))) as! [String: Any]
        let fixedLeeds = ((fixed["regions"] as! [[String: Any]])[0]["children"] as! [[String: Any]]).first {
            $0["code"] as? String == "E08000035"
        }
        #expect(((fixedLeeds?["children"] as? [[String: Any]]) ?? []).map { $0["code"] as! String } == ["LEED-01", "LEED-02", "YORK-01"])
    }

    @Test("a region's report is about its authorities: map, bars per authority, the table per authority and centre, need as an estimate")
    func regionReport() throws {
        let runner = try Self.programme()
        let out = runner.folder.appendingPathComponent("yorkshire")
        try runner.succeed(["report", "regional", "--from", F.from, "--region", "E12000003", "--out", out.path])
        let pdf = try PDFText(out.appendingPathComponent("regional-report.pdf"))
        let flat = pdf.flat
        #expect(flat.contains("Where the gap is biggest in Yorkshire and The Humber: people per 1,000 still in need (estimated)"))
        for authority in try Self.referenceAuthorities(region: "E12000003") {
            #expect(flat.contains(authority.name), "\(authority.name) is named")
        }
        #expect(flat.contains("Need per authority is an estimate: its population × its region's share lacking skills"))
        #expect(
            flat.contains("Remaining gap per 1,000 people in Yorkshire and The Humber's local authorities (estimated), biggest first: "))
        // Bars per authority with learners, in every chart.
        let charts = try #require(pdf.pages.first { $0.contains("Foundation skills: completed, of those who started") })
        #expect(charts.contains("Bradford") && charts.contains("Leeds"))
        // The table per authority and centre: each centre under its authority.
        let activity = try #require(pdf.pages.first { $0.contains("Learners, sessions and tutors by local authority and centre") })
        let all = activity.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let lines = Array(all.drop { !$0.hasPrefix("Learners, sessions and tutors by local authority and centre") })
        let leeds = try #require(
            lines.firstIndex { $0.hasPrefix("Leeds ") && !$0.hasPrefix("Leeds Central") && !$0.hasPrefix("Leeds Hub") })
        #expect(lines[leeds + 1].hasPrefix("Leeds Central Library") && lines[leeds + 2].hasPrefix("Leeds Hub"))
        // The UK tiles are not drawn: the map is of the region's authorities.
        #expect(!flat.contains("Each square is a region."))
        #expect(!flat.contains("not in this report"), "no grey tiles for places outside the report")
    }

    @Test(
        "open data: no suppressed cell can be worked out across total, region, authority and centre, nor from a region's files with the UK's"
    )
    func openDataAcrossLevels() throws {
        let runner = try Self.programme()
        let uk = runner.folder.appendingPathComponent("uk")
        let yorkshire = runner.folder.appendingPathComponent("yorkshire")
        try runner.succeed(["report", "regional", "--period", RegionalReportTests.year, "--out", uk.path])
        try runner.succeed(["report", "regional", "--period", RegionalReportTests.year, "--region", "E12000003", "--out", yorkshire.path])
        let attack = Paths.packageRoot.appendingPathComponent("Tests/SkillsEndToEndTests/Fixtures/open_data_attack.py").path
        let result = try Command.python([
            attack, uk.appendingPathComponent("open/regional.csv").path, yorkshire.appendingPathComponent("open/regional.csv").path,
        ])
        let answer = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        #expect(answer["same"] as? Bool == true, "the region's open rows are the UK's")
        #expect((answer["hidden"] as? Int ?? 0) > 20, "the fixture's small numbers are suppressed")
        #expect((answer["centres"] as? Int ?? 0) == 9)
        #expect((answer["recoverable"] as? [String]) == [], "cells a reader could work out: \(answer["recoverable"] ?? "")")
    }
}
