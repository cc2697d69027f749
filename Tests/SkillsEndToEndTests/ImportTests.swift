import Foundation
import SkillsTestSupport
import Testing

@Suite("Bulk CSV import")
struct ImportTests {
    static let sessionHeader = "session_ref,date,learner_ref,tutor_ref,minutes,mode,outcomes,notes"

    func file(_ runner: SkillsRunner, _ name: String, _ bytes: [UInt8]) throws -> String {
        let path = runner.folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func file(_ runner: SkillsRunner, _ name: String, _ text: String) throws -> String {
        try file(runner, name, Array(text.utf8))
    }

    @Test("RFC 4180: BOM, CRLF, quoted commas, quotes and line breaks all import exactly", arguments: StoreKinds.available)
    func rfc4180(_ kind: String) throws {
        try StoreKinds.withRunner(kind) { try rfc4180(ProgrammeFixture.standard($0)) }
    }

    private func rfc4180(_ runner: SkillsRunner) throws {
        let learners =
            "\u{FEFF}learner_ref,name,year_of_birth,centre_ref,enrolled_on,large_print\r\n"
            + "L-A,\"O'Neill, Siobhán \"\"Shiv\"\"\",1950,CARD-01,2026-10-01,yes\r\n"
            + "L-B,Nguyễn Thị Lan,1971,CARD-01,2026-10-02,\r\n"
        let out = try runner.succeed(["import", "learners", try file(runner, "learners.csv", learners)])
        #expect(out.contains("2 rows read, 2 new"))
        let shown = try runner.succeed(["learner", "show", "L-A", "--json"])
        let json = try JSONSerialization.jsonObject(with: Data(shown.utf8)) as? [String: Any]
        #expect(json?["name"] as? String == "O'Neill, Siobhán \"Shiv\"")
        #expect(json?["large_print"] as? Bool == true)

        let sessions =
            Self.sessionHeader
            + "\nS1,2026-11-02,L-A,T-ALED,45,in-person,F1.1;F1.2,\"Used \"\"Find my phone\"\",\nthen reset, a password\"\n"
        try runner.succeed(["import", "sessions", try file(runner, "sessions.csv", sessions)])
        let notes = try runner.query("SELECT notes FROM sessions WHERE ref = 'S1'")
        #expect(notes == "Used \"Find my phone\",\nthen reset, a password\n")
        #expect(try runner.succeed(["progress", "L-A"]).contains("2 of 62 outcomes achieved"))
    }

    @Test(
        "a large learner or tutor import sets the secondary indexes aside and builds them again; one that fails leaves them, like everything else, as they were"
    )
    func largeImportIndexes() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        let indexes = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('learners', 'tutors') ORDER BY name"
        let before = try runner.query(indexes)
        #expect(before.contains("learners_by_centre") && before.contains("tutors_by_check_lapse"))
        func learners(_ numbers: ClosedRange<Int>) -> [String] {
            numbers.map { "L\($0),Learner \($0),1970,CARD-01,2026-09-0\($0 % 9 + 1)" }
        }
        let header = "learner_ref,name,year_of_birth,centre_ref,enrolled_on"
        let large = try file(runner, "large.csv", ([header] + learners(1...25_000)).joined(separator: "\n"))
        #expect(try runner.succeed(["import", "learners", large]).contains("25000 rows read, 25000 new"))
        let tutors = (1...12_000).map { "T\($0),Tutor \($0),CARD-01,2026-0\($0 % 9 + 1)-01" }
        let tutorFile = try file(runner, "tutors.csv", (["tutor_ref,name,centre_ref,dbs_checked_on"] + tutors).joined(separator: "\n"))
        #expect(try runner.succeed(["import", "tutors", tutorFile]).contains("12000 rows read, 12000 new"))
        #expect(try runner.query(indexes) == before)
        #expect(try runner.query("PRAGMA integrity_check") == "ok\n")
        #expect(
            try runner.query(
                "SELECT count(*) FROM learners INDEXED BY learners_by_centre WHERE centre_id = (SELECT id FROM centres WHERE ref = 'CARD-01')"
            ) == "25003\n")

        // Twelve thousand good rows, enough to set the indexes aside, then a bad one: nothing changes, the indexes included.
        let dump = try runner.databaseDump()
        let failing = try file(
            runner, "failing.csv",
            ([header] + learners(30_001...42_000) + ["L-BAD,Someone,1970,CARD-01,2026-13-01"]).joined(separator: "\n"))
        let output = try runner.run(["import", "learners", failing])
        #expect(output.status == 65, "\(output.stderr)")
        #expect(output.stderr.contains("2026-13-01"), "\(output.stderr)")
        #expect(try runner.databaseDump() == dump)
    }

    @Test("notes keep their tabs, backslashes and line breaks and lose only the spaces around them", arguments: StoreKinds.available)
    func notesAsWritten(_ kind: String) throws {
        try StoreKinds.withRunner(kind) { try notesAsWritten(ProgrammeFixture.standard($0)) }
    }

    private func notesAsWritten(_ runner: SkillsRunner) throws {
        let notes = ["a\tb\\c\nd\r\ne", "  padded\t ", "\\N", "plain"]
        let rows = notes.enumerated().map { "N\($0.offset),2026-11-02,L-MOH,T-ALED,45,in-person,,\"\($0.element)\"" }
        let path = try file(runner, "notes.csv", ([Self.sessionHeader] + rows).joined(separator: "\n") + "\n")
        #expect(try runner.succeed(["import", "sessions", path]).contains("4 new"))
        let hex = runner.isPostgres ? "upper(encode(convert_to(notes, 'UTF8'), 'hex'))" : "hex(notes)"
        let stored = try runner.query("SELECT \(hex) FROM sessions ORDER BY ref").split(separator: "\n").map(String.init)
        let expected = ["a\tb\\c\nd\r\ne", "padded", "\\N", "plain"].map { $0.utf8.map { String(format: "%02X", $0) }.joined() }
        #expect(stored == expected)
        #expect(try runner.succeed(["import", "sessions", path]).contains("0 new, 4 already present"))
    }

    @Test("an outcome list with spaces or stray separators is stored tidily and re-imports as present", arguments: StoreKinds.available)
    func untidyOutcomes(_ kind: String) throws {
        try StoreKinds.withRunner(kind) { try untidyOutcomes(ProgrammeFixture.standard($0)) }
    }

    private func untidyOutcomes(_ runner: SkillsRunner) throws {
        let path = try file(runner, "s.csv", Self.sessionHeader + "\nS9,2026-11-02,L-MOH,T-ALED,45,phone, F1.1 ;;F1.2;,\n")
        #expect(try runner.succeed(["import", "sessions", path]).contains("1 new"))
        #expect(try runner.succeed(["import", "sessions", path]).contains("1 already present"))
        let stored = try runner.query("SELECT outcomes FROM sessions")
        #expect(stored == "F1.1;F1.2\n")
        #expect(try runner.succeed(["progress", "L-MOH"]).contains("2 of 62 outcomes achieved"))
    }

    @Test("importing the same file twice changes nothing the second time", arguments: StoreKinds.available)
    func idempotent(_ kind: String) throws {
        try StoreKinds.withRunner(kind) { try idempotent(ProgrammeFixture.standard($0)) }
    }

    private func idempotent(_ runner: SkillsRunner) throws {
        let sessions = Self.sessionHeader + "\nG1,2026-11-02,L-MOH,T-ALED,60,in-person,S1.1,\nG1,2026-11-02,L-GWEN,T-ALED,60,in-person,,\n"
        let path = try file(runner, "sessions.csv", sessions)
        #expect(try runner.succeed(["import", "sessions", path]).contains("2 new, 0 already present"))
        let before = try runner.databaseDump().split(separator: "\n").filter { !$0.contains("INTO audit_log") }
        #expect(try runner.succeed(["import", "sessions", path]).contains("0 new, 2 already present"))
        let after = try runner.databaseDump().split(separator: "\n").filter { !$0.contains("INTO audit_log") }
        #expect(before == after)
        #expect(try runner.succeed(["session", "list", "--json"]).components(separatedBy: "\"ref\"").count == 2)
    }

    struct BadFile: CustomTestStringConvertible, Sendable {
        var name: String
        var kind: String
        var bytes: [UInt8]
        var expected: [String]
        var testDescription: String { name }
    }

    static let h = sessionHeader + "\n"
    static let badFiles: [BadFile] = [
        BadFile(
            name: "missing column", kind: "sessions",
            bytes: Array("session_ref,date,learner_ref,tutor_ref,minutes,mode,outcomes\nS1,2026-11-02,L-MOH,T-ALED,45,in-person,\n".utf8),
            expected: [":1:8: error: missing column 'notes'"]),
        BadFile(
            name: "unknown column (a typo)", kind: "sessions",
            bytes: Array("session_ref,date,learner_ref,tutor_ref,minutes,mode,outcome,notes\n".utf8),
            expected: [":1:7: error: unknown column 'outcome' — did you mean 'outcomes'?"]),
        BadFile(
            name: "bad date", kind: "sessions", bytes: Array((h + "S1,31/09/2026,L-MOH,T-ALED,45,in-person,,\n").utf8),
            expected: [":2:2: error: date '31/09/2026' is not a real date"]),
        BadFile(
            name: "impossible date", kind: "sessions", bytes: Array((h + "S1,2026-09-31,L-MOH,T-ALED,45,in-person,,\n").utf8),
            expected: [":2:2: error: date '2026-09-31'"]),
        BadFile(
            name: "unknown learner", kind: "sessions", bytes: Array((h + "S1,2026-11-02,L-MHO,T-ALED,45,in-person,,\n").utf8),
            expected: [":2:3: error: no learner 'L-MHO' — did you mean 'L-MOH'?"]),
        BadFile(
            name: "unknown tutor", kind: "sessions", bytes: Array((h + "S1,2026-11-02,L-MOH,T-ALEX,45,in-person,,\n").utf8),
            expected: [":2:4: error: no tutor 'T-ALEX'"]),
        BadFile(
            name: "unknown outcome", kind: "sessions", bytes: Array((h + "S1,2026-11-02,L-MOH,T-ALED,45,in-person,F1.1;Q7.7,\n").utf8),
            expected: [":2:7: error: no outcome 'Q7.7'"]),
        BadFile(
            name: "negative minutes", kind: "sessions", bytes: Array((h + "S1,2026-11-02,L-MOH,T-ALED,-5,in-person,,\n").utf8),
            expected: [":2:5: error: minutes must be more than 0, not -5"]),
        BadFile(
            name: "unknown centre", kind: "learners",
            bytes: Array("learner_ref,name,year_of_birth,centre_ref,enrolled_on\nL-X,Ann,1950,CARD-1,2026-10-01\n".utf8),
            expected: [":2:4: error: no centre 'CARD-1' — did you mean 'CARD-01'?"]),
        BadFile(
            name: "duplicate key with different content", kind: "learners",
            bytes: Array("learner_ref,name,year_of_birth,centre_ref,enrolled_on\nL-MOH,Mohammed Abdullah,1980,CARD-01,2026-09-01\n".utf8),
            expected: [
                ":2:1: error: learner 'L-MOH' already exists with different content: name 'Mohammed Abdullah' here but 'محمد عبد الله' already stored"
            ]),
        BadFile(
            name: "non-UTF-8 bytes", kind: "learners",
            bytes: Array("learner_ref,name,year_of_birth,centre_ref,enrolled_on\nL-X,".utf8) + [0x53, 0x69, 0xE2, 0x6E]
                + Array(",1950,CARD-01,2026-10-01\n".utf8), expected: [":2:2: error: this field is not UTF-8 text"]),
        BadFile(name: "empty file", kind: "sessions", bytes: [], expected: [":1:1: error: the file is empty"]),
        BadFile(name: "header only", kind: "sessions", bytes: Array(h.utf8), expected: [":2:1: error: the file has a header but no rows"]),
        BadFile(
            name: "a row with a missing field", kind: "sessions", bytes: Array((h + "S1,2026-11-02,L-MOH,T-ALED,45,in-person,\n").utf8),
            expected: [":2:8: error: this row has 7 field(s) but the header has 8"]),
        BadFile(
            name: "one bad row among good ones", kind: "sessions",
            bytes: Array(
                (h
                    + "S1,2026-11-02,L-MOH,T-ALED,45,in-person,,\nS2,2026-11-03,L-GWEN,T-ALED,45,on-foot,,\nS3,2026-11-04,L-WANG,T-ALED,45,phone,,\n")
                    .utf8), expected: [":3:6: error: mode 'on-foot' must be one of"]),
    ]

    /// Each bad file with each store.
    static let badFilesByStore = badFiles.flatMap { bad in StoreKinds.available.map { (bad, $0) } }

    @Test("a bad file is refused whole, naming file, line and column", arguments: badFilesByStore)
    func refused(_ bad: BadFile, _ kind: String) throws {
        try StoreKinds.withRunner(kind) { try refused(bad, ProgrammeFixture.standard($0)) }
    }

    private func refused(_ bad: BadFile, _ runner: SkillsRunner) throws {
        let path = try file(runner, "bad.csv", bad.bytes)
        let before = try runner.databaseDump()
        let output = try runner.run(["import", bad.kind, path])
        #expect(output.status == 65, "\(output.stderr)")
        for text in bad.expected { #expect(output.stderr.contains(path + text), "\(output.stderr)") }
        #expect(output.stderr.contains("nothing was imported"))
        #expect(try runner.databaseDump() == before)
    }

    @Test("every problem is listed in one go: the first fifty, then a count", arguments: StoreKinds.available)
    func manyProblems(_ kind: String) throws {
        try StoreKinds.withRunner(kind) { try manyProblems(ProgrammeFixture.standard($0)) }
    }

    private func manyProblems(_ runner: SkillsRunner) throws {
        let rows = (1...70).map { "S\($0),2026-13-01,L-MOH,T-ALED,45,in-person,," }.joined(separator: "\n")
        let output = try runner.run(["import", "sessions", try file(runner, "many.csv", Self.h + rows + "\n")])
        #expect(output.stderr.components(separatedBy: "error: date '2026-13-01'").count - 1 == 50)
        #expect(output.stderr.contains("… and 20 more problem(s)"))
        #expect(output.stderr.contains("70 problem(s)"))
    }

    @Test(
        "a file with problems also reports, in the same round and in line order, the rows that differ from stored sessions",
        arguments: StoreKinds.available)
    func problemsAndConflicts(_ kind: String) throws {
        try StoreKinds.withRunner(kind) { try problemsAndConflicts(ProgrammeFixture.standard($0)) }
    }

    private func problemsAndConflicts(_ runner: SkillsRunner) throws {
        try runner.succeed(["import", "sessions", try file(runner, "first.csv", Self.h + "S1,2026-11-02,L-MOH,T-ALED,45,in-person,,\n")])
        let before = try runner.databaseDump()
        let rows =
            "S2,2026-11-03,L-MOH,T-ALED,45,in-person,,\nS1,2026-11-02,L-MOH,T-ALED,50,in-person,,\nS3,2026-11-04,L-MHO,T-ALED,45,phone,,\n"
        let path = try file(runner, "second.csv", Self.h + rows)
        let output = try runner.run(["import", "sessions", path])
        #expect(output.status == 65, "\(output.stderr)")
        let conflict = path + ":3:1: error: session 'S1' for learner 'L-MOH' already exists with different content: minutes '50' here"
        let unknown = path + ":4:3: error: no learner 'L-MHO'"
        #expect(output.stderr.contains(conflict) && output.stderr.contains(unknown), "\(output.stderr)")
        #expect(
            output.stderr.range(of: conflict)?.lowerBound ?? output.stderr.endIndex < output.stderr.range(of: unknown)?.lowerBound
                ?? output.stderr.startIndex)
        #expect(try runner.databaseDump() == before)
    }

    @Test(
        "a row that comes twice in a file is already present the second time, or a problem when it differs", arguments: StoreKinds.available
    )
    func repeatedRows(_ kind: String) throws {
        try StoreKinds.withRunner(kind) { try repeatedRows(ProgrammeFixture.standard($0)) }
    }

    private func repeatedRows(_ runner: SkillsRunner) throws {
        let row = "R1,2026-11-02,L-MOH,T-ALED,45,in-person,,\n"
        let twice = try file(runner, "twice.csv", Self.h + row + "R2,2026-11-02,L-GWEN,T-ALED,45,phone,,\n" + row)
        #expect(try runner.succeed(["import", "sessions", twice]).contains("3 rows read, 2 new, 1 already present"))
        #expect(try runner.query("SELECT count(*) FROM sessions") == "2\n")
        let before = try runner.databaseDump()
        let changed = try file(
            runner, "changed.csv",
            Self.h + "R3,2026-11-03,L-MOH,T-ALED,45,in-person,,first\nR3,2026-11-03,L-MOH,T-ALED,45,in-person,,second\n")
        let output = try runner.run(["import", "sessions", changed])
        #expect(output.status == 65, "\(output.stderr)")
        #expect(
            output.stderr.contains(
                changed + ":3:1: error: session 'R3' for learner 'L-MOH' already exists with different content: notes 'second' here"),
            "\(output.stderr)")
        #expect(try runner.databaseDump() == before)
    }

    @Test("a dry run checks everything and writes nothing", arguments: StoreKinds.available)
    func dryRun(_ kind: String) throws {
        try StoreKinds.withRunner(kind) { try dryRun(ProgrammeFixture.standard($0)) }
    }

    private func dryRun(_ runner: SkillsRunner) throws {
        let before = try runner.databaseDump()
        let out = try runner.succeed([
            "import", "sessions", try file(runner, "s.csv", Self.h + "S1,2026-11-02,L-MOH,T-ALED,45,in-person,F1.1,\n"), "--dry-run",
        ])
        #expect(out.contains("1 new") && out.contains("nothing was written"))
        #expect(try runner.databaseDump() == before)
    }
}
