import Foundation
import SkillsTestSupport
import Testing

@Suite("Many writers on one PostgreSQL database", .enabled(if: PostgresTestDatabase.server != nil))
struct PostgresConcurrencyTests {
    /// Sessions each writer records: 2,500 as the issue asks; SKILLS_TEST_WRITER_SESSIONS makes a quicker run.
    static let sessionsPerWriter = ProcessInfo.processInfo.environment["SKILLS_TEST_WRITER_SESSIONS"].flatMap(Int.init) ?? 2_500

    @Test("four writers at four centres record every session, one unbroken audit chain, no ref twice")
    func fourWriters() throws {
        let database = try PostgresTestDatabase()
        defer { try? database.drop() }
        let runner = try SkillsRunner(postgres: database.url)
        try runner.succeed(["init", "--name", "Shared Programme"], as: "admin")
        let centres = ["CARD-01", "BRAD-01", "LEED-01", "SWAN-01"]
        let regions = ["W92000004", "E12000003", "E12000003", "W92000004"]
        for (index, centre) in centres.enumerated() {
            try runner.succeed(["centre", "add", centre, "--name", "Centre \(index)", "--region", regions[index]], as: "admin")
            try runner.succeed(
                ["tutor", "add", "T-\(index)", "--name", "Tutor \(index)", "--centre", centre, "--dbs-checked", "2025-01-01"], as: "admin")
            try runner.succeed(
                ["learner", "enrol", "--ref", "L-\(index)", "--name", "Learner \(index)", "--centre", centre, "--enrolled", "2026-09-01"],
                as: "admin")
        }
        let writers = (0..<centres.count).map { index in
            Thread.detachNewThreadWithResult { () -> String? in
                let script = """
                    for i in $(seq 1 \(Self.sessionsPerWriter)); do
                      "$SKILLS" session record --tutor T-\(index) --learner L-\(index) --minutes 30 --date 2026-11-20 >/dev/null || exit 1
                    done
                    """
                var environment = ProcessInfo.processInfo.environment
                environment["SKILLS"] = Paths.skillsBinary
                environment["SKILLS_DB"] = runner.database
                environment["SKILLS_TODAY"] = runner.today
                environment["SKILLS_ACTOR"] = "admin"
                guard let output = try? Command.run("/bin/bash", ["-c", script], environment: environment) else { return "could not start" }
                return output.status == 0 ? nil : output.stderr
            }
        }
        for writer in writers {
            let failure = writer.wait() ?? "no result"
            #expect(failure == nil, "a writer failed: \(failure ?? "")")
        }
        let expected = Self.sessionsPerWriter * centres.count
        #expect(try database.query("SELECT count(*) FROM sessions").trimmingCharacters(in: .whitespacesAndNewlines) == String(expected))
        #expect(
            try database.query("SELECT count(*) - count(DISTINCT ref) FROM sessions").trimmingCharacters(in: .whitespacesAndNewlines) == "0"
        )
        #expect(
            try database.query("SELECT count(*) - count(DISTINCT ref) FROM learners").trimmingCharacters(in: .whitespacesAndNewlines) == "0"
        )
        let verify = try runner.run(["audit", "verify"], as: "admin")
        #expect(verify.status == 0, "audit verify: \(verify.stdout) \(verify.stderr)")
    }
}
