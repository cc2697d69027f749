import Foundation
import SkillsTestSupport
import Testing

/// Bulk issuing that says what happened whatever goes wrong (issue 15, item 13).
@Suite("Issuing: overlapping runs, the wrong key, a folder that cannot be written")
struct IssuingHardeningTests {
    /// The standard programme with two learners who each completed module F1.
    static func programme() throws -> SkillsRunner {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        for learner in ["L-GWEN", "L-MOH"] {
            try runner.succeed([
                "session", "record", "--tutor", "T-ALED", "--learner", learner, "--minutes", "60", "--date", "2026-11-20",
                "--outcome", "F1.1", "--outcome", "F1.2", "--outcome", "F1.3", "--outcome", "F1.4",
            ])
        }
        return runner
    }

    @Test("a key that is not the programme's is named as such, and nothing is recorded")
    func wrongKey() throws {
        let runner = try Self.programme()
        let other = try SkillsRunner()
        try other.succeed(["init"])
        let before = try runner.databaseDump()
        let output = try runner.run(
            ["certificate", "issue", "--all-eligible", "--out", "certs", "--jobs", "1"],
            environment: ["SKILLS_KEY": other.database + ".signing-key"])
        #expect(output.status == 65, "\(output.stderr)")
        #expect(output.stderr.contains("does not match this programme's public key"), "\(output.stderr)")
        #expect(!output.stderr.contains("FOREIGN KEY"))
        #expect(try runner.databaseDump() == before)
    }

    @Test("two bulk runs at once never fail with a raw constraint error, and issue everything once")
    func overlappingRuns() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        try runner.succeed(["demo", "--learners", "200", "--seed", "5", "--files", "files"])
        let processes = (0..<2).map { _ in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Paths.skillsBinary)
            process.arguments = ["certificate", "issue", "--all-eligible", "--out", "certs", "--jobs", "1"]
            process.currentDirectoryURL = runner.folder
            process.environment = ["SKILLS_DB": runner.database, "SKILLS_TODAY": runner.today, "SKILLS_ACTOR": "test-tutor"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = Pipe()
            return process
        }
        for process in processes { try process.run() }
        for process in processes {
            let stderr = String(decoding: (process.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect([0, 65].contains(process.terminationStatus), "\(stderr)")
            #expect(!stderr.contains("UNIQUE") && !stderr.lowercased().contains("constraint"), "\(stderr)")
            if process.terminationStatus == 65 { #expect(stderr.contains("another issuing run"), "\(stderr)") }
        }
        #expect(try runner.succeed(["certificate", "issue", "--all-eligible", "--out", "certs"]).contains("nothing was issued"))
        let duplicates = try Command.run(
            "/usr/bin/sqlite3",
            [runner.database, "SELECT count(*) FROM (SELECT learner_id, due_key FROM certificates GROUP BY 1, 2 HAVING count(*) > 1)"])
        #expect(duplicates.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }

    @Test("a pending certificate whose folder cannot be written is named and waits; the rest are issued; the next run says where it went")
    func unwritableFolder() throws {
        let runner = try Self.programme()
        try runner.succeed(["certificate", "issue", "--learner", "L-GWEN", "--kind", "module", "--out", "certs", "--jobs", "1"])
        let folder = runner.folder.appendingPathComponent("certs/CARD-01").path
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first)
        // As if a run had been stopped before drawing it: recorded, no file, and now its folder cannot be written.
        try FileManager.default.removeItem(atPath: "\(folder)/\(file)")
        _ = try Command.run("/usr/bin/sqlite3", [runner.database, "UPDATE certificates SET state = 'pending'"])
        #expect(try Command.run("/usr/bin/chattr", ["+i", folder]).status == 0, "chattr is needed for this test")
        defer { _ = try? Command.run("/usr/bin/chattr", ["-i", folder]) }

        let output = try runner.run(["certificate", "issue", "--learner", "L-MOH", "--kind", "module", "--out", "other", "--jobs", "1"])
        #expect(output.status == 65, "\(output.stdout)\(output.stderr)")
        #expect(output.stderr.contains("not drawn: \(folder)/\(file)"), "\(output.stderr)")
        #expect(output.stdout.contains("issued 1 certificate(s)"), "\(output.stdout)")

        _ = try Command.run("/usr/bin/chattr", ["-i", folder])
        let rerun = try runner.succeed(["certificate", "issue", "--learner", "L-MOH", "--kind", "module", "--out", "other", "--jobs", "1"])
        #expect(
            rerun.contains("finished 1 certificate(s) from an interrupted run, into \(runner.folder.appendingPathComponent("certs").path)"),
            "\(rerun)")
        #expect(FileManager.default.fileExists(atPath: "\(folder)/\(file)"))
    }
}
