import Foundation
import SkillsTestSupport
import Testing

@Suite("Moving a programme to PostgreSQL", .enabled(if: PostgresTestDatabase.server != nil))
struct PostgresMigrationTests {
    typealias F = RegionalReportFixture

    @Test("migrate-store copies everything: the same regional report byte for byte, and an intact audit chain")
    func sameReport() throws {
        let (sqlite, sqliteReport) = try RegionalReportTests.report(period: ["--period", RegionalReportTests.year])
        var environment = ProcessInfo.processInfo.environment
        environment["SKILLS_DB"] = sqlite.database
        environment["SKILLS_ACTOR"] = "test-tutor"
        let password = try Command.run(
            Paths.skillsBinary, ["actor", "password", "test-tutor", "--stdin"], environment: environment, in: sqlite.folder,
            input: Data("correct horse battery".utf8))
        #expect(password.status == 0, "\(password.stderr)")
        let database = try PostgresTestDatabase()
        defer { try? database.drop() }
        let moved = try sqlite.succeed(["migrate-store", "--from", sqlite.database, "--to", database.url])
        #expect(moved.contains("audit chain intact"))
        // Statistics gathered: a table never analysed has reltuples -1, and the planner guesses (a report sorted on disk).
        #expect(try database.query("SELECT count(*) FROM pg_class WHERE relname IN ('sessions', 'learners') AND reltuples < 0") == "0\n")

        let postgres = try SkillsRunner(postgres: database.url, today: F.today)
        let verify = try postgres.succeed(["audit", "verify"])
        #expect(verify.contains("intact"))
        let report = postgres.folder.appendingPathComponent("report")
        try postgres.succeed(["report", "regional", "--period", RegionalReportTests.year, "--out", report.path])
        for file in ["regional.json", "open/regional.json", "regional.csv"] {
            let original = try Self.withoutTimestamps(sqliteReport.appendingPathComponent(file))
            let copy = try Self.withoutTimestamps(report.appendingPathComponent(file))
            #expect(original == copy, "\(file) differs after the move")
        }
        #expect(try database.query("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1").contains("programme.migrate"))
        #expect(try database.query("SELECT actor_name FROM actor_passwords") == "test-tutor\n", "the password was not moved")
    }

    @Test("migrate-store refuses a database that already holds something, and changes nothing in it")
    func refusesNonEmpty() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        let database = try PostgresTestDatabase()
        defer { try? database.drop() }
        _ = try database.query("CREATE TABLE something_else (id int)")
        let refused = try runner.run(["migrate-store", "--from", runner.database, "--to", database.url])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains(database.url))
        #expect(
            try database.query("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").trimmingCharacters(in: .whitespacesAndNewlines)
                == "1")
    }

    /// A report file's text without lines that say when it was generated.
    static func withoutTimestamps(_ url: URL) throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.lowercased().contains("generated") }.joined(separator: "\n")
    }
}
