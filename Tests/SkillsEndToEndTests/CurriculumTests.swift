import Foundation
import SkillsTestSupport
import Testing

@Suite("Curricula")
struct CurriculumTests {
    static func shipped() throws -> String {
        try String(contentsOf: Paths.packageRoot.appendingPathComponent("Curricula/eds-life.yaml"), encoding: .utf8)
    }

    func write(_ text: String, in runner: SkillsRunner) throws -> String {
        let path = runner.folder.appendingPathComponent("curriculum.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("bad YAML is reported with its line and nothing is loaded")
    func badYAML() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        let before = try runner.databaseDump()
        let path = try write("id: broken\nversion: 1\ntitle: [unclosed\nareas: []\n", in: runner)
        let output = try runner.run(["curriculum", "load", path])
        #expect(output.status == 65)
        #expect(output.stderr.contains("line 4") || output.stderr.contains("line 3"), "\(output.stderr)")
        #expect(try runner.databaseDump() == before)
    }

    @Test("duplicate and dangling ids are all listed with their lines before anything is written")
    func invalidStructure() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        let before = try runner.databaseDump()
        let yaml = """
            id: tiny
            version: 1
            title: Tiny
            framework: Test
            areas:
              - id: alpha
                title: Alpha
            modules:
              - id: M1
                title: One
                area: beta
                hours: 1
                outcomes:
                  - id: M1.1
                    text: I can do one thing.
                    digcomp: ["1.1"]
                  - id: M1.1
                    text: I can do it again.
                    digcomp: ["9.9"]
                    colour: red
            """
        let output = try runner.run(["curriculum", "load", try write(yaml, in: runner)])
        #expect(output.status == 65)
        #expect(output.stderr.contains(":9: error: module 'M1' names area 'beta'"), "\(output.stderr)")
        #expect(output.stderr.contains(":17: error: outcome id 'M1.1' is used twice"), "\(output.stderr)")
        #expect(output.stderr.contains("DigComp '9.9'"))
        #expect(output.stderr.contains("unknown key 'colour'"))
        #expect(try runner.databaseDump() == before)
    }

    @Test("a changed curriculum becomes a new version; achievements against the old one stay visible")
    func newVersion() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        try runner.succeed([
            "session", "record", "--tutor", "T-ALED", "--learner", "L-MOH", "--minutes", "30", "--outcome", "F1.1", "--outcome", "F1.2",
        ])
        let unchanged = try runner.succeed(["curriculum", "load", Paths.packageRoot.appendingPathComponent("Curricula/eds-life.yaml").path])
        #expect(unchanged.contains("nothing changed"))

        var lines = try Self.shipped().components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.contains("id: F1.2") })
        lines[index] = lines[index].replacingOccurrences(of: "F1.2", with: "F1.9")
        let output = try runner.succeed(["curriculum", "load", try write(lines.joined(separator: "\n"), in: runner)])
        #expect(output.contains("version 2"))

        let progress = try runner.succeed(["progress", "L-MOH"])
        #expect(progress.contains("version 2"))
        #expect(progress.contains("1 of 62 outcomes achieved"))
        #expect(progress.contains("earlier curriculum version: F1.2"))
        let old = try runner.succeed(["curriculum", "show", "eds-life", "--curriculum-version", "1", "--json"])
        #expect(old.contains("\"F1.2\""))
    }
}
