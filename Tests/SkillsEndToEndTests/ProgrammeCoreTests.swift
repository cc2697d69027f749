import Foundation
import SkillsTestSupport
import Testing

@Suite("Programme core, end to end")
struct ProgrammeCoreTests {
    @Test(
        "enrol three learners in three scripts, record sessions, show progress: names intact everywhere",
        arguments: StoreKinds.available)
    func walkthrough(_ kind: String) throws {
        try StoreKinds.withRunner(kind) { try walkthrough(ProgrammeFixture.standard($0)) }
    }

    private func walkthrough(_ runner: SkillsRunner) throws {
        try runner.succeed([
            "session", "record", "--tutor", "T-ALED", "--learner", "L-MOH", "--date", "2026-11-02", "--minutes", "45", "--outcome", "F1.1",
            "--outcome", "F1.2",
        ])
        try runner.succeed([
            "session", "record", "--tutor", "T-ALED", "--learner", "L-MOH", "--learner", "L-GWEN", "--learner", "L-WANG", "--date",
            "2026-11-09", "--minutes", "60", "--mode", "in-person", "--outcome", "S1.1",
        ])

        let list = try runner.succeed(["learner", "list"])
        for name in ProgrammeFixture.names { #expect(list.contains(name)) }
        let listed =
            try JSONSerialization.jsonObject(with: Data(try runner.succeed(["learner", "list", "--json"]).utf8)) as? [[String: Any]]
        #expect(listed?.compactMap { $0["name"] as? String } == ["Gwenllian Ŵyn", "محمد عبد الله", "王秀英"])

        let table = try runner.succeed(["progress", "L-MOH"])
        #expect(table.contains(ProgrammeFixture.names[0]))
        #expect(table.contains("3 of 62 outcomes achieved"))
        #expect(table.contains("2 sessions, 1 h 45 min"))

        let json =
            try JSONSerialization.jsonObject(with: Data(try runner.succeed(["progress", "L-WANG", "--json"]).utf8)) as? [String: Any]
        let learner = json?["learner"] as? [String: Any]
        #expect(learner?["name"] as? String == "王秀英")
        let progress = json?["progress"] as? [String: Any]
        let areas = progress?["areas"] as? [[String: Any]]
        let safe = areas?.first { $0["area_id"] as? String == "safe-legal" }
        #expect(safe?["achieved"] as? Int == 1)
        #expect(progress?["sessions"] as? Int == 1)
        #expect(progress?["next_module"] as? String == "F1")

        let sessions = try runner.succeed(["session", "list", "--learner", "L-GWEN"])
        #expect(sessions.contains("L-MOH L-GWEN L-WANG") || sessions.contains("L-GWEN L-MOH L-WANG") || sessions.contains("L-GWEN"))
    }

    @Test("tables line up by display width whatever the script")
    func tablesAlign() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        let lines = try runner.succeed(["learner", "list"]).split(separator: "\n").map(String.init)
        let centreColumns = lines.dropFirst(2).map { line -> Int in
            let prefix = line.components(separatedBy: "CARD-01")[0]
            return prefix.unicodeScalars.reduce(0) { width, scalar in
                let v = scalar.value
                if v == 0x2068 || v == 0x2069 { return width }
                return width + ((0x4E00...0x9FFF).contains(v) ? 2 : 1)
            }
        }
        #expect(Set(centreColumns).count == 1, "the centre column starts at \(centreColumns)")
    }

    @Test("a group session is one record for every learner in it", arguments: StoreKinds.available)
    func groupSession(_ kind: String) throws {
        try StoreKinds.withRunner(kind) { try groupSession(ProgrammeFixture.standard($0)) }
    }

    private func groupSession(_ runner: SkillsRunner) throws {
        let out = try runner.succeed([
            "session", "record", "--ref", "G1", "--tutor", "T-ALED", "--learner", "L-MOH", "--learner", "L-GWEN", "--learner", "L-WANG",
            "--minutes", "90", "--outcome", "S1.1", "--date", "2026-11-20",
        ])
        #expect(out.contains("3 learners"))
        let listed =
            try JSONSerialization.jsonObject(with: Data(try runner.succeed(["session", "list", "--json"]).utf8)) as? [[String: Any]]
        #expect(listed?.count == 1)
        #expect((listed?.first?["learner_refs"] as? [String])?.sorted() == ["L-GWEN", "L-MOH", "L-WANG"])
    }

    @Test("every change is attributed to who made it")
    func auditAttribution() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        try runner.succeed(["actor", "add", "aled", "--role", "tutor", "--centre", "CARD-01"])
        try runner.succeed(["session", "record", "--tutor", "T-ALED", "--learner", "L-MOH", "--minutes", "30"], as: "aled")
        let rows = try Command.run(
            "/usr/bin/sqlite3", [runner.database, "SELECT actor || '|' || action || '|' || record FROM audit_log ORDER BY id DESC LIMIT 1"]
        ).stdout
        #expect(rows.trimmingCharacters(in: .whitespacesAndNewlines) == "aled|session.record|session:S000001")
    }

    @Test("tutors whose safeguarding check lapses soon are listed", arguments: StoreKinds.available)
    func expiringChecks(_ kind: String) throws {
        try StoreKinds.withRunner(kind) { try expiringChecks(ProgrammeFixture.standard($0)) }
    }

    private func expiringChecks(_ runner: SkillsRunner) throws {
        try runner.succeed(["tutor", "update", "T-PRIYA", "--dbs-expires", "2026-12-20"])
        let soon = try runner.succeed(["tutor", "expiring", "--within", "30"])
        #expect(soon.contains("T-PRIYA"))
        #expect(!soon.contains("T-ALED"))
        let later = try runner.succeed(["tutor", "expiring", "--within", "400"])
        #expect(later.contains("T-ALED"))
        #expect(!later.contains("most urgent of"), "every tutor fits the first page")

        let first = try runner.succeed(["tutor", "expiring", "--within", "400", "--limit", "1"])
        #expect(first.contains("T-PRIYA") && !first.contains("T-ALED"), "the soonest lapse comes first")
        #expect(first.contains("showing the 1 most urgent of 2 tutors; use --limit to see more"))
        let refused = try runner.run(["tutor", "expiring", "--limit", "0"])
        #expect(refused.status != 0 && refused.stderr.contains("0 must be 1 or more"))
    }
}
