import Foundation
import SkillsCore
import SkillsTestSupport
import Testing

/// Every table and listing fits an 80-column terminal; `--wide` shows them in full.
@Suite("Fits 80 columns")
struct NarrowTerminalTests {
    /// The data-rights programme (sessions, a group, certificates) seen from an 80-column terminal.
    static let commands: [[String]] = [
        ["region", "list"], ["centre", "list"], ["tutor", "list"], ["tutor", "expiring", "--within", "800"], ["learner", "list"],
        ["curriculum", "list"], ["curriculum", "show", "eds-life"], ["certificate", "list", "L-MOH"],
        ["audit", "log"], ["progress", "L-MOH"], ["session", "list"], ["actor", "list"], ["learner", "consent", "L-MOH"],
    ]

    @Test("each listing's lines are at most 80 columns wide, and --wide gives the full table")
    func fitsEighty() throws {
        let runner = try DataRightsTests().programme()
        for command in Self.commands {
            let output = try runner.run(command, environment: ["COLUMNS": "80"])
            #expect(output.status == 0, "\(command): \(output.stderr)")
            for line in output.stdout.split(separator: "\n") {
                #expect(
                    DisplayWidth.of(String(line)) <= 80,
                    "`skills \(command.joined(separator: " "))`: \(DisplayWidth.of(String(line))) columns: \(line)")
            }
        }
        let wide = try runner.run(["audit", "log", "--wide"], environment: ["COLUMNS": "80"])
        #expect(wide.stdout.split(separator: "\n").contains { DisplayWidth.of(String($0)) > 80 }, "--wide does not narrow")
        let tutors = try runner.run(["tutor", "list"], environment: ["COLUMNS": "80"]).stdout
        #expect(tutors.contains("lapses in"), "a check says when it lapses: \(tutors)")
        let sessions = try runner.run(["session", "list"], environment: ["COLUMNS": "80"]).stdout
        #expect(sessions.contains("Aled Rees"), "names stand next to refs: \(sessions)")
    }
}
