import Foundation
import SkillsTestSupport
import Testing

@Suite("People in control of their data")
struct DataRightsTests {
    func query(_ runner: SkillsRunner, _ sql: String) throws -> String {
        try runner.query(sql).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A programme with a learner who has sessions with notes, consent changes and a certificate.
    func programme() throws -> SkillsRunner { try programme(SkillsRunner()) }

    /// The same programme, on the runner's store.
    func programme(_ empty: SkillsRunner) throws -> SkillsRunner {
        let runner = try ProgrammeFixture.standard(empty)
        try runner.succeed(
            [
                "session", "record", "--tutor", "T-ALED", "--learner", "L-MOH", "--minutes", "60", "--date", "2026-11-10", "--notes",
                "Brought his own phone",
            ] + ["S1.1", "S1.2", "S1.3", "S1.4"].flatMap { ["--outcome", $0] })
        try runner.succeed([
            "session", "record", "--tutor", "T-ALED", "--learner", "L-GWEN", "--minutes", "45", "--date", "2026-11-11", "--outcome", "F1.1",
        ])
        try runner.succeed(["learner", "consent", "L-MOH", "--open-data", "--no-contact"])
        try runner.succeed(["learner", "update", "L-MOH", "--postcode", "CF10", "--born", "1981"])
        try runner.succeed(["certificate", "issue", "--learner", "L-MOH", "--out", "out"])
        return runner
    }

    @Test("export holds every fact the test put in", arguments: StoreKinds.available)
    func export(_ kind: String) throws {
        try StoreKinds.withRunner(kind) { try export(programme($0)) }
    }

    private func export(_ runner: SkillsRunner) throws {
        let file = runner.folder.appendingPathComponent("export.json").path
        try runner.succeed(["learner", "export", "L-MOH", "--out", file])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        let learner = try #require(json["learner"] as? [String: Any])
        #expect(learner["name"] as? String == "محمد عبد الله")
        #expect(learner["postcode_district"] as? String == "CF10")
        #expect(learner["year_of_birth"] as? Int == 1981)
        #expect(learner["preferred_language"] as? String == "ar")
        let consents = try #require(json["consents"] as? [[String: Any]])
        #expect(
            consents.map { "\($0["purpose"]!)=\($0["given"]!)" } == [
                "programme=1", "open-statistics=0", "contact=0", "open-statistics=1", "contact=0",
            ])
        let sessions = try #require(json["sessions"] as? [[String: Any]])
        #expect(sessions.count == 1)
        #expect(sessions.first?["notes"] as? String == "Brought his own phone")
        #expect(sessions.first?["outcomes"] as? [String] == ["S1.1", "S1.2", "S1.3", "S1.4"])
        let certificates = try #require(json["certificates"] as? [[String: Any]])
        #expect(certificates.map { $0["kind"] as? String }.sorted { ($0 ?? "") < ($1 ?? "") } == ["module", "progress"])
        let audit = try #require(json["audit_entries"] as? [[String: Any]])
        let actions = Set(audit.compactMap { $0["action"] as? String })
        #expect(
            actions.isSuperset(of: ["learner.enrol", "learner.consent", "learner.update", "session.record", "certificate.issue"]),
            "\(actions)")
        #expect(!(audit.compactMap { $0["record"] as? String }.contains("learner:L-GWEN")))
    }

    @Test(
        "a consent changed with learner update is a decision in the consent history, by whom it was made", arguments: StoreKinds.available)
    func updateRecordsConsent(_ kind: String) throws {
        try StoreKinds.withRunner(kind) { empty in
            let runner = try ProgrammeFixture.standard(empty)
            try runner.succeed(["actor", "add", "ann", "--role", "coordinator"])
            try runner.succeed(["learner", "update", "L-GWEN", "--open-data", "--postcode", "CF11"], as: "ann")
            try runner.succeed(["learner", "update", "L-GWEN", "--open-data", "--born", "1949"])
            #expect(try runner.succeed(["learner", "show", "L-GWEN"]).contains("counted in open statistics"))
            let file = runner.folder.appendingPathComponent("gwen.json").path
            try runner.succeed(["learner", "export", "L-GWEN", "--out", file])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
            let consents = try #require(json["consents"] as? [[String: Any]])
            // The enrolment's three decisions, then the one change; the second update left consent as it was.
            #expect(
                consents.map { "\($0["purpose"]!)=\($0["given"]!)" } == [
                    "programme=1", "open-statistics=0", "contact=0", "open-statistics=1",
                ])
            #expect(consents.last?["recorded_by"] as? String == "ann", "\(consents)")
            // One audited change, in one transaction: the update's own entry carries the decision.
            let actions = try #require(json["audit_entries"] as? [[String: Any]]).compactMap { $0["action"] as? String }
            #expect(actions.filter { $0 == "learner.update" }.count == 2 && !actions.contains("learner.consent"), "\(actions)")
            let learner = try #require(json["learner"] as? [String: Any])
            #expect(learner["postcode_district"] as? String == "CF11")
            #expect(learner["year_of_birth"] as? Int == 1949)
        }
    }

    @Test(
        "after erasure the name is nowhere in the database (SQLite: its file and WAL; PostgreSQL: every table), reports are unchanged, the certificate is withdrawn",
        arguments: StoreKinds.available)
    func erase(_ kind: String) throws {
        try StoreKinds.withRunner(kind) { try erase(programme($0)) }
    }

    private func erase(_ runner: SkillsRunner) throws {
        let certificate = try #require(
            try FileManager.default.contentsOfDirectory(atPath: runner.folder.appendingPathComponent("out/CARD-01").path).first {
                $0.contains("module")
            })
        let pdf = runner.folder.appendingPathComponent("out/CARD-01/\(certificate)")
        let copy = runner.folder.appendingPathComponent("kept-by-learner.pdf")
        try FileManager.default.copyItem(at: pdf, to: copy)
        try runner.succeed(["report", "regional", "--period", "2026", "--out", "before"])
        try runner.succeed(["learner", "update", "L-MOH", "--name", "Mohammed Abdullah"])
        try runner.succeed(["learner", "erase", "L-MOH", "--reason", "asked on 26 Nov", "--yes"])
        try runner.succeed(["report", "regional", "--period", "2026", "--out", "after"])

        // Whole names and their parts: a shorter value written over a longer one would leave a tail behind.
        let traces = ["محمد عبد الله", "عبد الله", "Mohammed Abdullah", "Abdullah", "Brought his own phone", "own phone"].map {
            Array($0.utf8)
        }
        if runner.isPostgres {
            let dump = Array(try runner.databaseDump().utf8)
            for trace in traces {
                #expect(!Self.contains(dump, trace), "'\(String(decoding: trace, as: UTF8.self))' is still in the database")
            }
        }
        for file in [runner.database, runner.database + "-wal"] where !runner.isPostgres && FileManager.default.fileExists(atPath: file) {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
            for trace in traces {
                #expect(!Self.contains(bytes, trace), "'\(String(decoding: trace, as: UTF8.self))' is still in \(file)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: pdf.path), "the programme's copy of the certificate should be deleted")
        for file in ["regional.json", "regional.csv", "open/regional.csv"] {
            let before = try Data(contentsOf: runner.folder.appendingPathComponent("before/\(file)"))
            let after = try Data(contentsOf: runner.folder.appendingPathComponent("after/\(file)"))
            #expect(Self.withoutTimestamps(before) == Self.withoutTimestamps(after), "\(file) changed after erasure")
        }
        let verified = try runner.run(["certificate", "verify", copy.path])
        #expect(verified.status == 2)
        #expect(verified.stdout.contains("withdrawn") && verified.stdout.contains("learner's request"))
        #expect(!verified.stdout.contains("محمد"))
        #expect(try runner.succeed(["audit", "verify"]).hasPrefix("intact"))
        #expect(try query(runner, "SELECT count(*) FROM sessions s JOIN learners l ON l.id = s.learner_id WHERE l.ref = 'L-MOH'") == "1")
    }

    @Test(
        "retention anonymises learners inactive for longer than the period, and a dry run changes nothing", arguments: StoreKinds.available)
    func retention(_ kind: String) throws {
        try StoreKinds.withRunner(kind, today: "2030-01-15") { try retention(ProgrammeFixture.standard($0)) }
    }

    private func retention(_ runner: SkillsRunner) throws {
        try runner.succeed(["session", "record", "--tutor", "T-ALED", "--learner", "L-WANG", "--minutes", "30", "--date", "2029-12-01"])
        let before = try runner.databaseDump()
        let dry = try runner.succeed(["retention", "apply", "--older-than", "2y", "--dry-run"])
        #expect(dry.contains("would erase 2") && dry.contains("L-GWEN") && dry.contains("L-MOH"))
        #expect(try runner.databaseDump() == before)
        try runner.succeed(["retention", "apply", "--older-than", "2y"])
        #expect(try query(runner, "SELECT ref FROM learners WHERE name = '[erased]' ORDER BY ref") == "L-GWEN\nL-MOH")
        #expect(try query(runner, "SELECT name FROM learners WHERE ref = 'L-WANG'") == "王秀英")
    }

    @Test("audit verify catches an entry edited, deleted or inserted with the sqlite3 shell, naming the first bad one")
    func auditTampering() throws {
        for (sql, expected) in [
            ("UPDATE audit_log SET actor = 'someone-else' WHERE id = 5", "audit entry 5"),
            ("UPDATE audit_log SET details = '{\"name\":\"Mallory\"}' WHERE id = 6", "audit entry 6"),
            ("DELETE FROM audit_log WHERE id = 4", "entries 4 to 4 are missing"),
            ("INSERT INTO audit_log VALUES (1000, '2026-11-26T00:00:00Z', 'x', 'y', 'z', '{}', 'd', 'p', 'h')", "audit entry 1000"),
        ] {
            let runner = try ProgrammeFixture.standard(SkillsRunner())
            #expect(try runner.succeed(["audit", "verify"]).hasPrefix("intact"))
            _ = try query(runner, sql)
            let output = try runner.run(["audit", "verify"])
            #expect(output.status == 1)
            #expect(output.stdout.contains(expected), "\(sql): \(output.stdout)")
        }
    }

    @Test("a tutor from another centre is refused, clearly and on the record")
    func roles() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        try runner.succeed(["actor", "add", "priya", "--role", "tutor", "--centre", "BRAD-01"])
        try runner.succeed(["actor", "add", "aled", "--role", "tutor", "--centre", "CARD-01"])
        let before = try runner.databaseDump().split(separator: "\n").filter { !$0.contains("audit_log") }
        let refused = try runner.run(
            ["session", "record", "--tutor", "T-ALED", "--learner", "L-MOH", "--minutes", "30", "--allow-other-centre"], as: "priya")
        #expect(refused.status == 77)
        #expect(refused.stderr.contains("'priya' is a tutor at BRAD-01") && refused.stderr.contains("CARD-01"), "\(refused.stderr)")
        #expect(try runner.databaseDump().split(separator: "\n").filter { !$0.contains("audit_log") } == before)
        #expect(try query(runner, "SELECT actor || ' ' || action FROM audit_log ORDER BY id DESC LIMIT 1") == "priya refused")
        #expect(try runner.run(["learner", "erase", "L-MOH", "--reason", "test", "--yes"], as: "aled").status == 77)
        #expect(try runner.run(["learner", "list"], as: "stranger").stderr.contains("not registered"))
        try runner.succeed(["session", "record", "--tutor", "T-ALED", "--learner", "L-MOH", "--minutes", "30"], as: "aled")
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in haystack[start..<(start + needle.count)].elementsEqual(needle) }
    }

    static func withoutTimestamps(_ data: Data) -> String {
        String(decoding: data, as: UTF8.self).split(separator: "\n").filter { !$0.contains("generated") }.joined(separator: "\n")
    }
}
