import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SkillsCore
import SkillsServer
import SkillsServices
import SkillsStore
import SkillsStoreFactory
import SkillsTestSupport
import Testing

/// The web door on PostgreSQL answers requests at once, each on its own connection: requests stuck behind a lock that
/// another program holds do not hold up one that can be answered.
@Suite(
    "PostgreSQL server: requests answered at once",
    .enabled(if: PostgresTestDatabase.server != nil, "set SKILLS_TEST_POSTGRES_URL (scripts/test.sh does)"))
struct PostgresConcurrentRequestsTests {
    /// How many session recordings wait on the lock together.
    static let waitingWrites = 3

    @Test("while recordings wait on a lock held elsewhere, a health check is answered, and afterwards every recording lands")
    func aReadIsAnsweredWhileWritesWait() async throws {
        let folder = try TestFolders.make("pool")
        let database = try PostgresTestDatabase()
        defer { try? database.drop() }
        let location = try ProgrammeLocation(database.url)
        _ = try await EitherStoreTests.programme(at: location, keyFile: folder.appendingPathComponent("signing-key.pem").path)
        let store = try await location.openWithAccounts(clock: EitherStoreTests.clock, connections: Self.waitingWrites + 1)
        let services = ServiceContext(store: store, clock: EitherStoreTests.clock)
        let application = Application(
            router: SkillsWeb.router(services: services, accounts: store, configuration: ServerConfiguration()))

        try await application.test(.router) { client in
            let token = try await APITests.token(client, "T-ALED")
            // Another program holds the audit log, as a long report or a stuck transaction might, until the test lets
            // it go: a hold of fixed length ran out on a loaded machine before the recordings reached the lock.
            let holder = try Self.holdAuditLog(database, seconds: 120)
            defer {
                try? Self.releaseAuditLog(database)
                if holder.isRunning { holder.terminate() }
            }
            try await Self.waitFor(
                database, "SELECT count(*) FROM pg_locks WHERE relation = 'audit_log'::regclass AND mode = 'ExclusiveLock'", 1)

            try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for number in 1...Self.waitingWrites {
                    group.addTask {
                        let session = """
                            {"session_ref": "POOL-\(number)", "date": "2026-11-26", "learner_refs": ["L-ANWEN"], "tutor_ref": "T-ALED",
                             "minutes": 45, "mode": "in-person", "outcomes": ["F1.1"]}
                            """
                        return try await APITests.post(client, "/api/v1/sessions", token: token, session).0
                    }
                }
                // The first recording waits on the lock in PostgreSQL, holding a connection; the others queue behind it in
                // the store, holding none.
                try await Self.waitFor(
                    database, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", 1)
                try await Task.sleep(for: .milliseconds(300))

                let health = try await APITests.get(client, "/api/v1/health")
                #expect(health.0 == .ok)
                #expect(holder.isRunning, "the health check was answered only after the lock was let go")
                try Self.releaseAuditLog(database)

                for try await status in group { #expect(status == .created) }
            }
        }
        #expect(try await store.sessions(SessionFilter()).total == Self.waitingWrites)
        #expect(try await store.verifyAudit().problem == nil)
    }

    /// Starts `psql` holding an exclusive lock on the audit log for some seconds: reads pass, writes wait.
    static func holdAuditLog(_ database: PostgresTestDatabase, seconds: Int) throws -> Process {
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        holder.arguments = [
            database.url, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c",
            "BEGIN; LOCK TABLE audit_log IN EXCLUSIVE MODE; SELECT pg_sleep(\(seconds)); COMMIT;",
        ]
        holder.standardOutput = FileHandle.nullDevice
        try holder.run()
        return holder
    }

    /// Ends the session that holds the audit log, which lets the waiting recordings go on.
    static func releaseAuditLog(_ database: PostgresTestDatabase) throws {
        _ = try database.query(
            "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE relation = 'audit_log'::regclass AND mode = 'ExclusiveLock' AND granted")
    }

    /// Polls a count until it reaches `target`; fails after a minute. It sleeps without holding a thread, so the
    /// requests it waits for can run on a loaded machine.
    static func waitFor(_ database: PostgresTestDatabase, _ count: String, _ target: Int) async throws {
        let deadline = ContinuousClock.now + .seconds(60)
        while Int(try database.query(count).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 < target {
            guard ContinuousClock.now < deadline else { throw RunnerError("`\(count)` did not reach \(target) in a minute") }
            try await Task.sleep(for: .milliseconds(50))
        }
    }
}
