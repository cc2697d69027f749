import Foundation
import SkillsTestSupport
import Testing

/// Files as spreadsheets write them: capitals, day-first dates, a stray comma after the header, region names.
@Suite("Imports that forgive spreadsheet habits and report everything in one round")
struct SpreadsheetHabitsTests {
    func write(_ runner: SkillsRunner, _ name: String, _ text: String) throws -> String {
        let path = runner.folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: path)
        return path.path
    }

    @Test("capitalised modes, lower-case outcome ids and a trailing empty column import, stored in their proper form")
    func excelCapitals() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        let file = try write(
            runner, "sessions.csv",
            """
            session_ref,date,learner_ref,tutor_ref,minutes,mode,outcomes,notes,
            X1,2026-11-02,L-MOH,T-ALED,60,In-person,f1.1;F1.2,,
            X2,2026-11-03,L-GWEN,T-ALED,45,Phone,f1.3,Rang her,
            X3,2026-11-04,L-WANG,T-ALED,30,VIDEO,,,

            """)
        let output = try runner.run(["import", "sessions", file])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("3 new"))
        let stored = try Command.run("/usr/bin/sqlite3", [runner.database, "SELECT ref, mode, outcomes FROM sessions ORDER BY ref"]).stdout
        #expect(stored == "X1|in-person|F1.1;F1.2\nX2|phone|F1.3\nX3|video|\n")
    }

    @Test("day-first dates are read with --date-format uk, and suggested without it")
    func dayFirstDates() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        let file = try write(
            runner, "sessions.csv",
            "session_ref,date,learner_ref,tutor_ref,minutes,mode,outcomes,notes\nU1,05/11/2026,L-MOH,T-ALED,60,in-person,F1.1,\n")
        let refused = try runner.run(["import", "sessions", file])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("date '05/11/2026' is written day first; write it as 2026-11-05, or import with --date-format uk"))
        try runner.succeed(["import", "sessions", file, "--date-format", "uk"])
        let stored = try Command.run("/usr/bin/sqlite3", [runner.database, "SELECT date FROM sessions WHERE ref = 'U1'"]).stdout
        #expect(stored == "2026-11-05\n")
    }

    @Test("an unknown column, a bad mode, an unknown outcome and a short row are all reported in one round")
    func oneRound() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        let file = try write(
            runner, "sessions.csv",
            """
            session_ref,date,learner_ref,tutor_ref,minutes,mode,outcomes,notes,room
            Y1,2026-11-02,L-MOH,T-ALED,60,face to face,F1.1,,2
            Y2,2026-11-02,L-GWEN,T-ALED,60,in-person,Z9.9,,2
            Y3,2026-11-02,L-WANG,T-ALED,60

            """)
        let output = try runner.run(["import", "sessions", file])
        #expect(output.status == 65)
        #expect(output.stderr.contains("1:9: error: unknown column 'room'"), "\(output.stderr)")
        #expect(output.stderr.contains("2:6: error: mode 'face to face'"), "\(output.stderr)")
        #expect(output.stderr.contains("3:7: error:") && output.stderr.contains("Z9.9"), "\(output.stderr)")
        #expect(output.stderr.contains("4:6: error: this row has 5 field(s)"), "\(output.stderr)")
        #expect(output.stderr.contains("4 problem(s)"), "\(output.stderr)")
        #expect(try Command.run("/usr/bin/sqlite3", [runner.database, "SELECT count(*) FROM sessions"]).stdout == "0\n")
    }

    @Test("a centre's region may be written as its name, in English or Welsh, in any capitals")
    func regionNames() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        let file = try write(
            runner, "centres.csv",
            "centre_ref,name,region_code\nSWAN-01,Swansea Library,wales\nNEWC-01,Newcastle Library,North East\n")
        try runner.succeed(["import", "centres", file])
        try runner.succeed(["centre", "add", "RHYL-01", "--name", "Rhyl Library", "--region", "Cymru"])
        let stored = try Command.run("/usr/bin/sqlite3", [runner.database, "SELECT ref, region_code FROM centres ORDER BY ref"]).stdout
        #expect(stored.contains("SWAN-01|W92000004") && stored.contains("NEWC-01|E12000001") && stored.contains("RHYL-01|W92000004"))
        let session = try runner.run([
            "session", "record", "--tutor", "T-ALED", "--learner", "L-MOH", "--minutes", "30", "--mode", "Phone", "--outcome", "F1.1",
        ])
        #expect(session.status == 0, "\(session.stderr)")
    }

    @Test("a centre may be named by its name as well as its ref, wherever a centre is asked for")
    func centreNames() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        try runner.succeed([
            "tutor", "add", "T-NEW", "--name", "Nia Jones", "--centre", "cardiff central library", "--dbs-checked", "2026-01-10",
        ])
        #expect(try runner.succeed(["tutor", "show", "T-NEW"]).contains("CARD-01"))
        let listed = try runner.succeed(["learner", "list", "--centre", "Cardiff  Central Library"])
        #expect(listed.contains("L-MOH") && !listed.contains("Bradford"))
        let unknown = try runner.run(["tutor", "list", "--centre", "Cardiff Library"])
        #expect(unknown.status == 65 && unknown.stderr.contains("no centre 'Cardiff Library'"), "\(unknown.stderr)")
    }

    @Test("an imported session dated before its learner enrolled is refused, as on the command line")
    func beforeEnrolment() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        let file = try write(
            runner, "sessions.csv",
            "session_ref,date,learner_ref,tutor_ref,minutes,mode,outcomes,notes\nE1,2026-08-20,L-MOH,T-ALED,60,in-person,F1.1,\n")
        let output = try runner.run(["import", "sessions", file])
        #expect(output.status == 65 && output.stderr.contains("2:2: error:") && output.stderr.contains("2026-09-01"), "\(output.stderr)")
    }
}
