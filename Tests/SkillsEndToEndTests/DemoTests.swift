import Foundation
import SkillsTestSupport
import Testing

@Suite("Demo programme")
struct DemoTests {
    func counts(_ runner: SkillsRunner) throws -> String {
        try runner.query(
            """
            SELECT (SELECT count(*) FROM centres) || ' ' || (SELECT count(*) FROM tutors) || ' ' || (SELECT count(*) FROM learners)
              || ' ' || (SELECT count(*) FROM sessions) || ' ' || (SELECT count(DISTINCT ref) FROM sessions)
            """)
    }

    @Test("same seed, same programme; re-importing its CSV files into a new database gives the same counts")
    func reproducible() throws {
        try reproducible(first: try SkillsRunner(), third: try SkillsRunner())
    }

    @Test(
        "the demo creates and fills an empty PostgreSQL database, and its files import there as on SQLite",
        .enabled(if: StoreKinds.available.contains("postgres")))
    func reproducibleOnPostgres() throws {
        let sqlite = try SkillsRunner()
        try sqlite.succeed(["demo", "--learners", "300", "--seed", "11", "--files", "files"])
        try StoreKinds.withRunner("postgres") { first in
            try StoreKinds.withRunner("postgres") { third in try reproducible(first: first, third: third) }
            #expect(try counts(first) == counts(sqlite))
        }
    }

    private func reproducible(first: SkillsRunner, third: SkillsRunner) throws {
        let second = try SkillsRunner()
        try first.succeed(["demo", "--learners", "300", "--seed", "11", "--files", "files"])
        try second.succeed(["demo", "--learners", "300", "--seed", "11", "--files", "files", "--files-only"])
        for name in ["centres", "tutors", "learners", "sessions"] {
            let a = try Data(contentsOf: first.folder.appendingPathComponent("files/\(name).csv"))
            let b = try Data(contentsOf: second.folder.appendingPathComponent("files/\(name).csv"))
            #expect(a == b, "\(name).csv differs between two runs with the same seed")
        }
        try third.succeed(["init"])
        for name in ["centres", "tutors", "learners", "sessions"] {
            try third.succeed(["import", name, first.folder.appendingPathComponent("files/\(name).csv").path])
        }
        #expect(try counts(first) == counts(third))
        let figures = try counts(first).split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        try #require(figures.count == 5, "counts: \(figures)")
        #expect(figures[2] == 300)
        #expect(figures[3] > 300 * 3, "a year of weekly sessions")
    }

    @Test("the demo has names in many scripts, group sessions and drop-outs")
    func realistic() throws {
        let runner = try SkillsRunner()
        try runner.succeed(["demo", "--learners", "400", "--seed", "3", "--files", "files"])
        let learners = try String(contentsOf: runner.folder.appendingPathComponent("files/learners.csv"), encoding: .utf8)
        for sample in ["\u{0600}"..."\u{06FF}", "\u{0980}"..."\u{09FF}", "\u{4E00}"..."\u{9FFF}"] as [ClosedRange<Unicode.Scalar>] {
            #expect(learners.unicodeScalars.contains { sample.contains($0) }, "no name in \(sample)")
        }
        let groups = try Command.run(
            "/usr/bin/sqlite3", [runner.database, "SELECT count(*) FROM (SELECT ref FROM sessions GROUP BY ref HAVING count(*) > 1)"]
        ).stdout
        #expect((Int(groups.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 0)
        let idle = try Command.run(
            "/usr/bin/sqlite3",
            [
                runner.database,
                "SELECT count(*) FROM learners l WHERE (SELECT max(date) FROM sessions WHERE learner_id = l.id) < '2026-08-28'",
            ]
        ).stdout
        #expect((Int(idle.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 0)
    }
}
