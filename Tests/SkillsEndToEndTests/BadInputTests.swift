import Foundation
import SkillsTestSupport
import Testing

@Suite("Bad input: one clear line, non-zero exit, nothing written")
struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var status: Int32
        var mentions: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "unknown learner, with the nearest match",
            arguments: ["session", "record", "--tutor", "T-ALED", "--learner", "L-MHO", "--minutes", "30"], status: 65,
            mentions: ["'L-MHO'", "did you mean 'L-MOH'"]),
        Case(
            name: "unknown tutor", arguments: ["session", "record", "--tutor", "T-NOBODY", "--learner", "L-MOH", "--minutes", "30"],
            status: 65, mentions: ["'T-NOBODY'", "skills tutor list"]),
        Case(
            name: "unknown centre", arguments: ["learner", "enrol", "--name", "Ann", "--centre", "CARD-02"], status: 65,
            mentions: ["'CARD-02'", "CARD-01"]),
        Case(
            name: "unknown outcome",
            arguments: ["session", "record", "--tutor", "T-ALED", "--learner", "L-MOH", "--minutes", "30", "--outcome", "Z9.9"], status: 65,
            mentions: ["'Z9.9'"]),
        Case(
            name: "impossible date",
            arguments: ["session", "record", "--tutor", "T-ALED", "--learner", "L-MOH", "--minutes", "30", "--date", "2026-09-31"],
            status: 64, mentions: ["'2026-09-31'", "YYYY-MM-DD"]),
        Case(
            name: "date written the British way",
            arguments: ["session", "record", "--tutor", "T-ALED", "--learner", "L-MOH", "--minutes", "30", "--date", "31/09/2026"],
            status: 64, mentions: ["'31/09/2026'"]),
        Case(
            name: "negative duration", arguments: ["session", "record", "--tutor", "T-ALED", "--learner", "L-MOH", "--minutes=-20"],
            status: 64, mentions: ["-20"]),
        Case(
            name: "session in the future",
            arguments: ["session", "record", "--tutor", "T-ALED", "--learner", "L-MOH", "--minutes", "30", "--date", "2027-01-05"],
            status: 64, mentions: ["2027-01-05", "future"]),
        Case(
            name: "tutor from another centre",
            arguments: ["session", "record", "--tutor", "T-PRIYA", "--learner", "L-MOH", "--minutes", "30"], status: 65,
            mentions: ["--allow-other-centre", "BRAD-01"]),
        Case(
            name: "unknown mode",
            arguments: ["session", "record", "--tutor", "T-ALED", "--learner", "L-MOH", "--minutes", "30", "--mode", "zoom"], status: 64,
            mentions: ["'zoom'", "in-person, phone, video"]),
        Case(
            name: "full postcode refused",
            arguments: ["learner", "enrol", "--name", "Ann", "--centre", "CARD-01", "--postcode", "CF10 1AB"], status: 64,
            mentions: ["'CF10 1AB'", "CF10"]),
        Case(
            name: "unknown region", arguments: ["centre", "add", "X-1", "--name", "X", "--region", "W92000044"], status: 65,
            mentions: ["'W92000044'", "W92000004"]),
        Case(name: "unknown learner for progress", arguments: ["progress", "L-NOPE"], status: 65, mentions: ["'L-NOPE'"]),
        Case(
            name: "missing --learner", arguments: ["session", "record", "--tutor", "T-ALED", "--minutes", "30"], status: 64,
            mentions: ["--learner"]),
    ]

    @Test("is refused and changes nothing", arguments: cases)
    func refused(_ testCase: Case) throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        let before = try runner.databaseDump()
        let output = try runner.run(testCase.arguments)
        #expect(output.status == testCase.status, "stderr: \(output.stderr)")
        let errorLines = output.stderr.split(separator: "\n")
        #expect(errorLines.first?.hasPrefix("error: ") == true || errorLines.first?.hasPrefix("Error: ") == true, "\(output.stderr)")
        for mention in testCase.mentions { #expect(output.stderr.contains(mention), "\(output.stderr)") }
        #expect(try runner.databaseDump() == before)
    }

    @Test("a tutor from another centre is accepted when allowed")
    func otherCentreAllowed() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        try runner.succeed(["session", "record", "--tutor", "T-PRIYA", "--learner", "L-MOH", "--minutes", "30", "--allow-other-centre"])
    }

    @Test("a command without a programme says how to create one")
    func noProgramme() throws {
        let runner = try SkillsRunner()
        let output = try runner.run(["learner", "list"])
        #expect(output.status == 66)
        #expect(output.stderr.contains("skills init"))
        #expect(!FileManager.default.fileExists(atPath: runner.database))
    }
}
