import Foundation
import SkillsTestSupport
import Testing

/// The command line's conventions, tried as a volunteer and a coordinator would (issue 14).
@Suite("A command line that does not trip people up")
struct CommandLineTests {
    @Test("a date written day first is refused with the date it most likely means")
    func britishDate() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        let output = try runner.run([
            "session", "record", "--tutor", "T-ALED", "--learner", "L-MOH", "--minutes", "30", "--date", "15/10/2026",
        ])
        #expect(output.status == 64)
        #expect(output.stderr.contains("'15/10/2026' is written day first — write it as YYYY-MM-DD: 2026-10-15"), "\(output.stderr)")
    }

    @Test("JSON keys are readable snake_case: outcome_ids, never outcome_i_ds")
    func jsonKeys() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        try runner.succeed(["session", "record", "--tutor", "T-ALED", "--learner", "L-MOH", "--minutes", "30", "--outcome", "F1.1"])
        let json = try runner.succeed(["session", "list", "--json"])
        #expect(json.contains("\"outcome_ids\""), "\(json)")
        #expect(json.contains("\"module_ids\""), "\(json)")
        #expect(json.contains("\"learner_refs\""), "\(json)")
        #expect(!json.contains("_i_ds"), "\(json)")
    }

    @Test("audit verify takes the first 12 or more hex digits of a recorded head, and says how much it compared")
    func headPrefix() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        let intact = try runner.succeed(["audit", "verify"])
        let head = try #require(intact.split(separator: " ").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        try runner.succeed(["learner", "enrol", "--name", "After The Head", "--centre", "CARD-01"])
        let matched = try runner.succeed(["audit", "verify", "--expect-head", String(head.prefix(12))])
        #expect(matched.contains("first 12 hex digits were found"), "\(matched)")
        #expect(try runner.run(["audit", "verify", "--expect-head", String(head.prefix(8))]).status == 64)
        let rewritten = try runner.run(["audit", "verify", "--expect-head", "0123456789ab"])
        #expect(rewritten.status == 1)
        #expect(rewritten.stdout.contains("the chain was rewritten"), "\(rewritten.stdout)")
    }
}
