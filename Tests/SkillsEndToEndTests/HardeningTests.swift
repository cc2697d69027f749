import Foundation
import SkillsTestSupport
import Testing

/// Findings of the adversarial review (issue 15), each refused or neutralised with nothing written.
@Suite("Hardening: nothing leaks, nothing lies, nothing is lost")
struct HardeningTests {
    /// Runs a command that must be refused: the exit code, one `error:` line mentioning each text, and no change.
    func refused(
        _ runner: SkillsRunner, _ arguments: [String], status: Int32, mentions: [String], as actor: String = "test-tutor"
    ) throws {
        let before = try runner.databaseDump()
        let output = try runner.run(arguments, as: actor)
        #expect(output.status == status, "\(arguments): \(output.stderr)")
        #expect(output.stderr.hasPrefix("error: "), "\(output.stderr)")
        for mention in mentions { #expect(output.stderr.contains(mention), "\(output.stderr)") }
        #expect(try runner.databaseDump() == before, "\(arguments) changed the database")
    }

    @Test("bidirectional overrides and invisible characters are refused in names and in who is acting")
    func hiddenCharacters() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        try refused(
            runner, ["learner", "enrol", "--name", "Smith\u{202E}fdp.exe", "--centre", "CARD-01"], status: 64,
            mentions: ["U+202E", "RIGHT-TO-LEFT OVERRIDE"])
        try refused(runner, ["actor", "add", "admin\u{200B}", "--role", "administrator"], status: 64, mentions: ["U+200B"])
        try refused(runner, ["learner", "list"], status: 64, mentions: ["--as"], as: "admin\nforged line")
        // The joiners that Persian, Indic scripts and emoji need are still accepted.
        try runner.succeed(["learner", "enrol", "--name", "مهر\u{200C}سا", "--centre", "CARD-01", "--enrolled", "2026-09-01"])
    }

    @Test("refs that name folders are refused, so nothing is written outside an output folder")
    func pathRefs() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        for ref in [".", ".."] {
            try refused(
                runner, ["centre", "add", ref, "--name", "Nowhere", "--region", "W92000004"], status: 64, mentions: ["'\(ref)'", "folder"])
        }
        let file = runner.folder.appendingPathComponent("centres.csv")
        try "centre_ref,name,region_code,local_authority\n..,Up One,W92000004,Cardiff\n".write(to: file, atomically: true, encoding: .utf8)
        let before = try runner.databaseDump()
        let output = try runner.run(["import", "centres", file.path])
        #expect(output.status == 65)
        #expect(output.stderr.contains("2:1: error: centre_ref '..' cannot be a reference"), "\(output.stderr)")
        #expect(try runner.databaseDump() == before)

        // Second guard: a centre ref of '..' written into the database behind the program's back still cannot lead a
        // certificate out of its folder.
        _ = try Command.run("/usr/bin/sqlite3", [runner.database, "UPDATE centres SET ref = '..' WHERE ref = 'CARD-01'"])
        try runner.succeed([
            "session", "record", "--tutor", "T-ALED", "--learner", "L-GWEN", "--minutes", "60", "--date", "2026-11-20",
            "--outcome", "F1.1", "--outcome", "F1.2", "--outcome", "F1.3", "--outcome", "F1.4",
        ])
        let escaped = try runner.run([
            "certificate", "issue", "--learner", "L-GWEN", "--kind", "module", "--out", "out/certs", "--jobs", "1",
        ])
        #expect(escaped.status == 64, "\(escaped.stderr)")
        #expect(escaped.stderr.contains("outside the output folder"), "\(escaped.stderr)")
        let outside = (FileManager.default.subpaths(atPath: runner.folder.appendingPathComponent("out").path) ?? []).filter {
            $0.hasSuffix(".pdf")
        }
        #expect(outside.isEmpty, "\(outside)")
    }

    @Test("text a spreadsheet would run as a formula is written with an apostrophe; numbers stay numbers")
    func formulaInjection() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        try runner.succeed(["tutor", "add", "T-EVIL", "--name", "=HYPERLINK(\"http://x\",\"y\")", "--centre", "CARD-01"])
        try runner.succeed(["tutor", "add", "T-AT", "--name", "@SUM(1+1)", "--centre", "CARD-01"])
        try runner.succeed(["report", "tutors", "--out", "tutor-report"])
        let script = """
            import csv, sys
            rows = {r["tutor_ref"]: r for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
            print(rows["T-EVIL"]["name"]); print(rows["T-AT"]["name"]); print(rows["T-ALED"]["sessions"])
            """
        let output = try Command.python(["-c", script, runner.folder.appendingPathComponent("tutor-report/tutors.csv").path])
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines == ["'=HYPERLINK(\"http://x\",\"y\")", "'@SUM(1+1)", "0"], "\(output.stdout)\(output.stderr)")
    }

    @Test("an empty file, another program's database and a newer programme are refused, and left exactly as they were")
    func foreignFiles() throws {
        let runner = try SkillsRunner()
        let empty = runner.folder.appendingPathComponent("empty.sqlite").path
        FileManager.default.createFile(atPath: empty, contents: Data())
        var output = try runner.run(["learner", "list", "--db", empty])
        #expect(output.status == 66, "\(output.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: empty)).isEmpty)

        let foreign = runner.folder.appendingPathComponent("foreign.sqlite").path
        _ = try Command.run("/usr/bin/sqlite3", [foreign, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('cawl');"])
        let original = try Data(contentsOf: URL(fileURLWithPath: foreign))
        output = try runner.run(["session", "list", "--db", foreign])
        #expect(output.status == 65)
        #expect(output.stderr.contains("not a DigitalSkills programme"), "\(output.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == original)
        #expect(!FileManager.default.fileExists(atPath: foreign + "-wal"))

        try ProgrammeFixture.standard(runner)
        _ = try Command.run("/usr/bin/sqlite3", [runner.database, "INSERT INTO grdb_migrations VALUES ('v99 from the future')"])
        let before = try runner.databaseDump()
        output = try runner.run(["learner", "list"])
        #expect(output.status == 65)
        #expect(output.stderr.contains("newer version of skills"), "\(output.stderr)")
        #expect(output.stderr.contains("v99 from the future"), "\(output.stderr)")
        #expect(try runner.databaseDump() == before)
    }

    @Test("sessions: a taken ref with other details, a date before enrolment or 2000, and long notes are refused")
    func sessionRules() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        try runner.succeed([
            "session", "record", "--ref", "S-1", "--tutor", "T-ALED", "--learner", "L-MOH", "--minutes", "30", "--date", "2026-11-02",
        ])
        try refused(
            runner,
            ["session", "record", "--ref", "S-1", "--tutor", "T-ALED", "--learner", "L-GWEN", "--minutes", "30", "--date", "2026-11-09"],
            status: 65, mentions: ["'S-1'", "date 2026-11-02 stored, 2026-11-09 given", "--ref"])
        try refused(
            runner, ["session", "record", "--tutor", "T-ALED", "--learner", "L-GWEN", "--minutes", "30", "--date", "2026-08-01"],
            status: 65, mentions: ["L-GWEN", "enrolled on 2026-09-01", "2026-08-01"])
        try refused(
            runner, ["session", "record", "--tutor", "T-ALED", "--learner", "L-GWEN", "--minutes", "30", "--date", "1999-12-31"],
            status: 64, mentions: ["1999-12-31", "before 2000"])
        try refused(
            runner,
            [
                "session", "record", "--tutor", "T-ALED", "--learner", "L-GWEN", "--minutes", "30", "--notes",
                String(repeating: "a", count: 2001),
            ],
            status: 64, mentions: ["--notes", "2001 characters", "2000"])
        // The same ref with the same details adds a learner to the group.
        try runner.succeed([
            "session", "record", "--ref", "S-1", "--tutor", "T-ALED", "--learner", "L-GWEN", "--minutes", "30", "--date", "2026-11-02",
        ])
        let listed = try runner.succeed(["session", "list", "--json"])
        #expect(listed.contains(#""learner_refs" : ["#) && listed.contains(#""L-MOH""#) && listed.contains(#""L-GWEN""#))
        let group = try JSONSerialization.jsonObject(with: Data(listed.utf8)) as! [[String: Any]]
        #expect(group.first { $0["ref"] as? String == "S-1" }?["learner_refs"] as? [String] == ["L-MOH", "L-GWEN"])
    }

    @Test(
        "a control character in session notes is refused on the command line and in an import, naming it, and nothing is written",
        arguments: StoreKinds.available)
    func controlCharactersInNotes(_ kind: String) throws {
        try StoreKinds.withRunner(kind) { empty in
            let runner = try ProgrammeFixture.standard(empty)
            try refused(
                runner, ["session", "record", "--tutor", "T-ALED", "--learner", "L-GWEN", "--minutes", "30", "--notes", "clear\u{1B}[2J"],
                status: 64, mentions: ["--notes", "U+001B"])
            let before = try runner.databaseDump()
            // The first row is plain; the second holds a NUL, which PostgreSQL could not even store.
            let rows = [
                ImportTests.sessionHeader, "S-A,2026-11-02,L-MOH,T-ALED,30,in-person,,fine",
                "S-B,2026-11-03,L-GWEN,T-ALED,30,in-person,,nul\u{0}byte",
            ]
            let file = runner.folder.appendingPathComponent("nul.csv")
            try Data(rows.joined(separator: "\n").utf8).write(to: file)
            let output = try runner.run(["import", "sessions", file.path])
            #expect(output.status == 65, "\(output.stderr)")
            #expect(output.stderr.contains("nul.csv:3:8: error: the notes hold a control character (U+0000)"), "\(output.stderr)")
            #expect(try runner.databaseDump() == before, "nothing of nul.csv was written")
        }
    }

    @Test("a backup taken while an import runs is checked, and a restore puts back exactly what it held")
    func backupAndRestore() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        try runner.succeed(["demo", "--learners", "300", "--seed", "4", "--files", "files", "--files-only"])
        for kind in ["centres", "tutors", "learners"] { try runner.succeed(["import", kind, "files/\(kind).csv"]) }
        let importing = Process()
        importing.executableURL = URL(fileURLWithPath: Paths.skillsBinary)
        importing.arguments = ["import", "sessions", "files/sessions.csv", "--db", runner.database]
        importing.currentDirectoryURL = runner.folder
        importing.environment = ["SKILLS_TODAY": runner.today, "SKILLS_ACTOR": "test-tutor"]
        importing.standardOutput = FileHandle.nullDevice
        importing.standardError = FileHandle.nullDevice
        try importing.run()
        let backup = runner.folder.appendingPathComponent("backup.sqlite").path
        let output = try runner.succeed(["backup", "--out", backup])
        importing.waitUntilExit()
        #expect(importing.terminationStatus == 0)
        #expect(output.contains("integrity ok"), "\(output)")
        #expect(output.contains("signing key is not in the backup"), "\(output)")
        #expect(!FileManager.default.fileExists(atPath: backup + "-wal"))
        let sessionsInBackup = try Command.run("/usr/bin/sqlite3", [backup, "SELECT count(*) FROM sessions"]).stdout
        #expect(try runner.run(["backup", "--out", backup]).status == 64)

        try runner.succeed(["learner", "enrol", "--name", "After The Backup", "--centre", "CARD-01"])
        let before = try runner.databaseDump()
        let refused = try runner.run(["restore", backup])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--force"))
        #expect(try runner.databaseDump() == before)

        let restored = try runner.succeed(["restore", backup, "--force"])
        #expect(restored.contains("audit entries intact"))
        #expect(!(try runner.succeed(["learner", "list"])).contains("After The Backup"))
        #expect(try Command.run("/usr/bin/sqlite3", [runner.database, "SELECT count(*) FROM sessions"]).stdout == sessionsInBackup)
        #expect(try runner.succeed(["audit", "verify"]).contains("intact"))
        #expect(try runner.succeed(["audit", "log", "--limit", "1"]).contains("programme.restore"))

        // A backup whose audit trail was edited is refused, and nothing is replaced.
        _ = try Command.run("/usr/bin/sqlite3", [backup, "UPDATE audit_log SET actor = 'mallory' WHERE id = 2"])
        let current = try runner.databaseDump()
        let tampered = try runner.run(["restore", backup, "--force"])
        #expect(tampered.status == 65)
        #expect(tampered.stderr.contains("audit entry 2"), "\(tampered.stderr)")
        #expect(try runner.databaseDump() == current)
    }

    @Test("exit codes follow the table: a bad date is 64, an unwritable file 66, and no file is replaced without --force")
    func exitCodesAndOverwrites() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        var output = try runner.run(["report", "regional", "--from", "2026-13-01", "--out", "report"])
        #expect(output.status == 64)
        #expect(output.stderr.split(separator: "\n").first?.hasPrefix("error: --from '2026-13-01'") == true, "\(output.stderr)")
        output = try runner.run(["session", "list", "--limit", "many"])
        #expect(output.status == 64)
        #expect(output.stderr.hasPrefix("error: "))
        #expect(output.stderr.contains("\nUsage: skills session list"), "\(output.stderr)")

        output = try runner.run(["learner", "export", "L-MOH", "--out", "/no/such/folder/export.json"])
        #expect(output.status == 66, "\(output.stderr)")
        #expect(output.stderr.hasPrefix("error: cannot write '/no/such/folder/export.json'"), "\(output.stderr)")
        #expect(!output.stderr.contains("NSCocoaErrorDomain"))

        let file = runner.folder.appendingPathComponent("mine.json").path
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: file))
        output = try runner.run(["learner", "export", "L-MOH", "--out", file])
        #expect(output.status == 64)
        #expect(output.stderr.contains("--force"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep me")
        try runner.succeed(["learner", "export", "L-MOH", "--out", file, "--force"])
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("digitalskills-learner-export"))
    }

    @Test("a tutor reads only their own centre's learners; a coordinator reads everyone's")
    func tutorReadScope() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        try runner.succeed(["actor", "add", "priya", "--role", "tutor", "--centre", "BRAD-01"])
        try runner.succeed(["actor", "add", "aled", "--role", "tutor", "--centre", "CARD-01"])
        try runner.succeed(["actor", "add", "chris", "--role", "coordinator"])
        try runner.succeed(
            ["session", "record", "--tutor", "T-ALED", "--learner", "L-MOH", "--minutes", "30", "--outcome", "F1.1"], as: "aled")
        for arguments in [
            ["learner", "show", "L-MOH"], ["progress", "L-MOH"], ["learner", "consent", "L-MOH"],
            ["certificate", "list", "L-MOH"], ["session", "list", "--learner", "L-MOH"],
            ["learner", "list", "--centre", "CARD-01"],
        ] {
            let output = try runner.run(arguments, as: "priya")
            #expect(output.status == 77, "\(arguments): \(output.stdout)")
            #expect(output.stderr.contains("'priya' is a tutor at BRAD-01"), "\(arguments): \(output.stderr)")
            #expect(!output.stdout.contains("محمد"), "\(arguments) showed the learner's name")
        }
        let listed = try runner.succeed(["learner", "list"], as: "priya")
        #expect(!listed.contains("L-MOH") && !listed.contains("L-GWEN"), "\(listed)")
        #expect(!(try runner.succeed(["session", "list"], as: "priya")).contains("L-MOH"))
        #expect(try runner.succeed(["learner", "show", "L-MOH"], as: "aled").contains("محمد"))
        #expect(try runner.succeed(["learner", "list"], as: "aled").contains("L-GWEN"))
        #expect(try runner.succeed(["session", "list"], as: "aled").contains("L-MOH"))
        #expect(try runner.succeed(["learner", "list"], as: "chris").contains("L-WANG"))
        let refusals = try runner.succeed(["audit", "log", "--actor", "priya", "--limit", "20"])
        #expect(refusals.components(separatedBy: "refused").count - 1 >= 6, "\(refusals)")
    }

    @Test("a regions file with an impossible population, a duplicate code or a short row is refused whole, every problem named")
    func regionFiles() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        let header =
            "code,name,name_cy,tile_row,tile_col,population,population_kind,population_year,population_source,need_share,need_measure,need_year,need_source"
        let rows = [
            "X1,Huge,,1,1,9223372036854775807,all ages,2021,test,0.1,test,2018,test",
            "X2,Empty,,1,2,0,all ages,2021,test,0.1,test,2018,test",
            "X3,Negative,,1,3,-5,all ages,2021,test,0.1,test,2018,test",
            "X4,Fine,,1,4,1000,all ages,2021,test,0.1,test,2018,test",
            "X4,Twice,,1,5,1000,all ages,2021,test,0.1,test,2018,test",
            "X6,Short,,1,6",
        ]
        let file = runner.folder.appendingPathComponent("regions.csv")
        try ([header] + rows).joined(separator: "\n").appending("\n").write(to: file, atomically: true, encoding: .utf8)
        let before = try runner.databaseDump()
        let output = try runner.run(["region", "load", file.path])
        #expect(output.status == 65)
        for expected in [
            ":2:6: error: population '9223372036854775807'", ":3:6: error: population '0'", ":4:6: error: population '-5'",
            ":6:1: error: code 'X4' is in the file twice", ":7:6: error: this row has 5 field(s)", "5 problem(s)",
        ] {
            #expect(output.stderr.contains(expected), "\(expected) not in \(output.stderr)")
        }
        #expect(try runner.databaseDump() == before)
    }

    @Test("a certificate file that cannot be deleted is named, the exit is non-zero, and later runs finish the job")
    func erasureLeavesNothingBehind() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        try runner.succeed([
            "session", "record", "--tutor", "T-ALED", "--learner", "L-GWEN", "--minutes", "60", "--date", "2026-11-20",
            "--outcome", "F1.1", "--outcome", "F1.2", "--outcome", "F1.3", "--outcome", "F1.4",
        ])
        try runner.succeed(["certificate", "issue", "--learner", "L-GWEN", "--kind", "module", "--out", "certs", "--jobs", "1"])
        let folder = runner.folder.appendingPathComponent("certs/CARD-01").path
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(files.count == 1)
        // Even root cannot delete from an immutable folder: the erasure commits, the file stays.
        #expect(try Command.run("/usr/bin/chattr", ["+i", folder]).status == 0, "chattr is needed for this test")
        defer { _ = try? Command.run("/usr/bin/chattr", ["-i", folder]) }
        var output = try runner.run(["learner", "erase", "L-GWEN", "--reason", "learner's request", "--yes"])
        #expect(output.status == 65, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains("0 certificate file(s) deleted"), "\(output.stdout)")
        #expect(output.stderr.contains("not removed: \(folder)/\(files[0])"), "\(output.stderr)")
        #expect(output.stderr.contains("1 certificate file(s) holding the name could not be removed"))
        #expect(try runner.succeed(["learner", "show", "L-GWEN"]).contains("erased on"))
        output = try runner.run(["retention", "apply", "--older-than", "30y"])
        #expect(output.status == 65 && output.stderr.contains("not removed"), "\(output.stderr)")

        _ = try Command.run("/usr/bin/chattr", ["-i", folder])
        output = try runner.run(["learner", "erase", "L-GWEN", "--reason", "learner's request", "--yes"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("1 certificate file(s) deleted"), "\(output.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        output = try runner.run(["learner", "erase", "L-GWEN", "--reason", "again", "--yes"])
        #expect(output.status == 65 && output.stderr.contains("already erased"), "\(output.stderr)")
    }

    @Test("an init that cannot finish leaves no half-made programme behind")
    func initLeavesNothing() throws {
        let runner = try SkillsRunner()
        // A dangling link where the key goes: nothing seems to be there, but the key cannot be created.
        let keyPath = runner.database + ".signing-key"
        try FileManager.default.createSymbolicLink(atPath: keyPath, withDestinationPath: runner.folder.appendingPathComponent("gone").path)
        let output = try runner.run(["init"])
        #expect(output.status != 0 && output.stderr.contains("signing key"), "\(output.stderr)")
        #expect(!FileManager.default.fileExists(atPath: runner.database))
        #expect(!FileManager.default.fileExists(atPath: runner.database + "-wal"))
        try FileManager.default.removeItem(atPath: keyPath)
        try runner.succeed(["init"])
    }

    @Test("a copy of the binary alone, in any folder, starts a programme: the shipped data is built in")
    func binaryCopiedAnywhere() throws {
        let runner = try SkillsRunner()
        let bin = runner.folder.appendingPathComponent("elsewhere/bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let copy = bin.appendingPathComponent("skills")
        try FileManager.default.copyItem(atPath: Paths.skillsBinary, toPath: copy.path)
        let work = runner.folder.appendingPathComponent("elsewhere/work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        var environment = ProcessInfo.processInfo.environment
        environment["SKILLS_DB"] = nil
        let created = try Command.run(copy.path, ["init", "--name", "Anywhere"], environment: environment, in: work)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("loaded curriculum eds-life") && created.stdout.contains("loaded 12 regions"))
        let page = try Command.run(copy.path, ["certificate", "verify-page", "--out", "page"], environment: environment, in: work)
        #expect(page.status == 0, "\(page.stderr)")
        let shipped = try Data(contentsOf: Paths.packageRoot.appendingPathComponent("VerifyPage/verify.js"))
        #expect(try Data(contentsOf: work.appendingPathComponent("page/verify.js")) == shipped)
    }
}
