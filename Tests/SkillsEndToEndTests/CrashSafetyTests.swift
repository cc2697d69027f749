import Foundation
import SkillsTestSupport
import Testing

@Suite("Crash safety")
struct CrashSafetyTests {
    func sqlite(_ runner: SkillsRunner, _ sql: String) throws -> String {
        try Command.run("/usr/bin/sqlite3", [runner.database, sql]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("SIGKILL at any moment of an import leaves all of the file or none, and a re-run completes")
    func killedImport() throws {
        let runner = try SkillsRunner()
        try runner.succeed(["init"])
        try runner.succeed(["demo", "--learners", "8000", "--seed", "5", "--files", "files", "--files-only"])
        for kind in ["centres", "tutors", "learners"] {
            try runner.succeed(["import", kind, runner.folder.appendingPathComponent("files/\(kind).csv").path])
        }
        let sessions = runner.folder.appendingPathComponent("files/sessions.csv").path
        let counted = try Command.python(["-c", "import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline='', encoding='utf-8'))) - 1)", sessions])
        let rows = try #require(Int(counted.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        var sawNone = false
        for delay in [0.2, 0.8, 1.6] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Paths.skillsBinary)
            process.arguments = ["import", "sessions", sessions]
            process.environment = ["SKILLS_DB": runner.database, "SKILLS_TODAY": runner.today, "SKILLS_ACTOR": "crash-test"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(try sqlite(runner, "PRAGMA integrity_check") == "ok")
            #expect(try sqlite(runner, "PRAGMA foreign_key_check") == "")
            let count = Int(try sqlite(runner, "SELECT count(*) FROM sessions")) ?? -1
            #expect(count == 0 || count == rows, "after a kill at \(delay) s the database holds \(count) of \(rows) rows")
            if count == 0 { sawNone = true } else { break }
        }
        #expect(sawNone, "no kill landed during the import; the test proved nothing")
        let rerun = try runner.succeed(["import", "sessions", sessions])
        #expect(rerun.contains("\(rows) rows read"))
        #expect(Int(try sqlite(runner, "SELECT count(*) FROM sessions")) == rows)
    }
}
