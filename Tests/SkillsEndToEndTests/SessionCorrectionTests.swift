import Foundation
import SkillsTestSupport
import Testing

/// Mistakes in recorded sessions can be corrected or taken back, by the people allowed to record them, on the record.
@Suite("Correcting and removing sessions")
struct SessionCorrectionTests {
    func programme() throws -> SkillsRunner {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        try runner.succeed([
            "session", "record", "--ref", "G-1", "--tutor", "T-ALED", "--learner", "L-MOH", "--learner", "L-GWEN", "--minutes", "6",
            "--date", "2026-11-10", "--outcome", "F1.1",
        ])
        try runner.succeed(["actor", "add", "priya", "--role", "tutor", "--centre", "BRAD-01"], as: "test-tutor")
        return runner
    }

    func sessions(_ runner: SkillsRunner) throws -> [[String: Any]] {
        try JSONSerialization.jsonObject(with: Data(try runner.succeed(["session", "list", "--json"]).utf8)) as! [[String: Any]]
    }

    @Test("shared facts change for everyone; a group's outcomes change only for the learner named")
    func correct() throws {
        let runner = try programme()
        try runner.succeed(["session", "update", "G-1", "--minutes", "60", "--mode", "Phone", "--reason", "typed 6 for 60"])
        let group = try #require(try sessions(runner).first)
        #expect(group["minutes"] as? Int == 60 && group["mode"] as? String == "phone")
        let unnamed = try runner.run(["session", "update", "G-1", "--outcome", "F1.2", "--reason", "wrong box"])
        #expect(unnamed.status == 64 && unnamed.stderr.contains("had 2 learners") && unnamed.stderr.contains("L-MOH"), "\(unnamed.stderr)")
        try runner.succeed(["session", "update", "G-1", "--learner", "L-GWEN", "--outcome", "F1.2", "--reason", "wrong box"])
        let gwen = try runner.succeed(["progress", "L-GWEN", "--json"])
        let moh = try runner.succeed(["progress", "L-MOH", "--json"])
        #expect(gwen.contains("F1.2") && moh.contains("F1.1"))
        let early = try runner.run(["session", "update", "G-1", "--date", "2026-08-01", "--reason", "wrong month"])
        #expect(early.status == 65 && early.stderr.contains("2026-09-01"), "before enrolment: \(early.stderr)")
        let log = try runner.succeed(["audit", "log", "--record", "session:G-1", "--json"])
        #expect(log.contains("session.update") && log.contains("typed 6 for 60"))
    }

    @Test("remove takes back one learner or the whole session; refusals and unknown refs change nothing")
    func remove() throws {
        let runner = try programme()
        let refused = try runner.run(["session", "remove", "G-1", "--reason", "not mine"], as: "priya")
        #expect(refused.status == 77, "a tutor at another centre: \(refused.stderr)")
        let unknown = try runner.run(["session", "remove", "G-2", "--reason", "typo"])
        #expect(unknown.status == 65 && unknown.stderr.contains("did you mean 'G-1'"), "\(unknown.stderr)")
        try runner.succeed(["session", "remove", "G-1", "--learner", "L-GWEN", "--reason", "she was not there"])
        #expect((try sessions(runner).first?["learner_refs"] as? [String]) == ["L-MOH"])
        try runner.succeed(["session", "remove", "G-1", "--reason", "recorded twice"])
        #expect(try sessions(runner).isEmpty)
        #expect(try runner.succeed(["audit", "log", "--record", "session:G-1"]).contains("recorded twice"))
        #expect(try runner.succeed(["audit", "verify"]).hasPrefix("intact"))
    }
}
