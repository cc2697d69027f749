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
        let counted = try Command.python([
            "-c", "import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline='', encoding='utf-8'))) - 1)", sessions,
        ])
        let rows = try #require(Int(counted.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        var sawNone = false
        for delay in [0.2, 0.8, 1.6] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Paths.skillsBinary)
            process.arguments = ["import", "sessions", sessions]
            process.environment = ["SKILLS_DB": runner.database, "SKILLS_TODAY": runner.today, "SKILLS_ACTOR": "test-tutor"]
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

@Suite("Certificate issuing after a crash")
struct CertificateCrashTests {
    @Test("SIGKILL during a bulk run: every file on disk is recorded, every issued record has its file, a re-run finishes")
    func killedIssue() throws {
        let runner = try SkillsRunner()
        try runner.succeed(["demo", "--learners", "600", "--seed", "9", "--files", "files"])
        let out = runner.folder.appendingPathComponent("out")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Paths.skillsBinary)
        process.arguments = ["certificate", "issue", "--all-eligible", "--out", out.path]
        process.environment = ["SKILLS_DB": runner.database, "SKILLS_TODAY": runner.today, "SKILLS_ACTOR": "test-tutor"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once the first certificates are recorded, while drawing is under way, however loaded the machine is.
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, process.isRunning {
            let count = try Command.run("/usr/bin/sqlite3", [runner.database, "SELECT count(*) FROM certificates"]).stdout
            if (Int(count.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 0 { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Thread.sleep(forTimeInterval: 0.3)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        Thread.sleep(forTimeInterval: 1)

        func files() -> Set<String> {
            Set(
                (FileManager.default.subpaths(atPath: out.path) ?? []).filter { $0.hasSuffix(".pdf") }.map {
                    out.appendingPathComponent($0).path
                })
        }
        func recorded(_ state: String) throws -> Set<String> {
            let rows = try Command.run(
                "/usr/bin/sqlite3", [runner.database, "SELECT file_path FROM certificates WHERE state = '\(state)'"]
            ).stdout
            // Paths are stored relative to the output folder.
            return Set(rows.split(separator: "\n").map { out.appendingPathComponent(String($0)).path })
        }
        let onDisk = files()
        let issued = try recorded("issued")
        let pending = try recorded("pending")
        #expect(!pending.isEmpty || !issued.isEmpty, "the kill landed before anything was recorded; the test proved nothing")
        #expect(onDisk.isSubset(of: issued.union(pending)), "files nobody recorded: \(onDisk.subtracting(issued.union(pending)).prefix(3))")
        #expect(issued.isSubset(of: onDisk), "issued without a file: \(issued.subtracting(onDisk).prefix(3))")

        let rerun = try runner.succeed(["certificate", "issue", "--all-eligible", "--out", out.path])
        #expect(try recorded("pending").isEmpty)
        #expect(files() == (try recorded("issued")), "\(rerun)")
        #expect(try runner.succeed(["certificate", "issue", "--all-eligible", "--out", out.path]).contains("nothing was issued"))
        #expect((FileManager.default.subpaths(atPath: out.path) ?? []).allSatisfy { !$0.hasSuffix(".partial") })
        for file in files().prefix(5) { #expect(try runner.run(["certificate", "verify", file]).status == 0) }
    }
}
