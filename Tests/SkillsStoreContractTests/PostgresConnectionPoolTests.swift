import Foundation
import SkillsCore
import SkillsStore
import Synchronization
import Testing

@testable import SkillsPostgres

/// A PostgreSQL store answers several calls at once, one connection each: a transaction held open by one call (a slow
/// statement here; a slow client or a lock wait on a server) no longer holds up every other call, while writes still
/// take the programme's write lock one at a time.
@Suite(
    "PostgreSQL store: one connection per call in flight", .droppingTestDatabases,
    .enabled(if: ContractStores.postgresServer != nil, "set SKILLS_TEST_POSTGRES_URL (scripts/test.sh does)"))
struct PostgresConnectionPoolTests {
    /// How long the held transaction sleeps: long enough that a call queued behind it is plainly late.
    static let held = 2.0

    @Test("a read completes while another call's transaction is still open")
    func readPassesAnOpenTransaction() async throws {
        let store = try await ContractStores.postgres(connections: 2)
        let holding = HeldTransaction(store)
        try await holding.started()
        let read = try await store.verifyAudit()
        #expect(read.problem == nil)
        #expect(!holding.finished, "the read waited for the other call's transaction to end")
        try await holding.end()
    }

    @Test(
        "writes started while another holds the write lock wait for it without taking a connection, so reads go on; the audit chain stays whole"
    )
    func writesStillTakeTurns() async throws {
        let programme = try await ContractProgramme.make("postgres")
        let store = try #require(programme.store as? PostgresStore)
        let before = try await store.verifyAudit().entries
        let holding = HeldTransaction(store, writeLock: true)
        try await holding.started()
        // As many writers as the store has connections left: were they to wait for the lock on connections, the
        // read would find none free.
        let writers = ContractStores.postgresConnections - 1
        let refs = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<writers { group.addTask { try await programme.record(learners: ["L-A"], outcomes: ["F1.1"]) } }
            try await Task.sleep(for: .milliseconds(500))
            #expect(try await store.verifyAudit().problem == nil)
            #expect(!holding.finished, "the read waited for a connection while writers waited for the lock")
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(holding.finished, "a write finished while another transaction held the write lock")
        try await holding.end()
        #expect(refs.count == writers)
        let check = try await store.verifyAudit()
        #expect(check.problem == nil)
        #expect(check.entries == before + writers)
    }

    @Test("a call that finds every connection busy past the wait fails in one line naming the fix, and the store recovers")
    func busyPoolFailsClearly() async throws {
        let store = try await ContractStores.postgres(connections: 1, connectionWait: .milliseconds(300))
        let holding = HeldTransaction(store)
        try await holding.started()
        do {
            _ = try await store.verifyAudit()
            Issue.record("a call on a busy store did not wait for a connection")
        } catch ServiceError.unavailable(let location, let reason) {
            #expect(location == store.location)
            #expect(reason.contains("all 1 of its connections stayed busy for 0.3 s"))
            #expect(reason.contains("allow more connections"))
        }
        try await holding.end()
        #expect(try await store.verifyAudit().problem == nil)
    }

    @Test("a one-shot command's store has one connection and no wait limit: a second call waits for it rather than failing")
    func oneShotStoreWaits() async throws {
        let store = try await ContractStores.postgres(connections: PostgresStore.singleConnection)
        let holding = HeldTransaction(store)
        try await holding.started()
        #expect(try await store.verifyAudit().problem == nil)
        #expect(holding.finished, "the second call ran beside the first on a one-connection store")
        try await holding.end()
    }

    @Test("a server that is not there, or a database that does not exist, is refused at open with what to correct")
    func unreachableServerSaysWhatToDo() async throws {
        let nowhere = PostgresLocation(user: "skills", host: "127.0.0.1", port: 1, database: "county", sslMode: .disable)
        do {
            _ = try await PostgresStore.open(nowhere)
            Issue.record("a store opened with no server there")
        } catch ServiceError.unavailable(let location, let reason) {
            #expect(location == nowhere.url)
            #expect(reason.contains("no PostgreSQL server answers at 127.0.0.1:1 (connection refused)"))
            #expect(reason.contains("start it, or correct the host and port"))
        }
        let server = try #require(ContractStores.postgresServer)
        let missing = server.maintenance.database("skills_no_such_database")
        do {
            _ = try await PostgresStore.open(missing)
            Issue.record("a database that does not exist was opened")
        } catch ServiceError.unavailable(_, let reason) {
            #expect(reason.contains("createdb skills_no_such_database"))
        }
    }
}

/// A transaction on a store of its own task that sleeps for `PostgresConnectionPoolTests.held` seconds, optionally
/// holding the programme's write lock, so the test can act while it is open.
final class HeldTransaction: Sendable {
    private let task: Task<Void, any Error>
    private let inside: AsyncStream<Void>
    private let done = Done()

    init(_ store: PostgresStore, writeLock: Bool = false) {
        let (inside, signal) = AsyncStream.makeStream(of: Void.self)
        self.inside = inside
        let done = done
        let sleep = PostgresConnectionPoolTests.held
        task = Task {
            if writeLock {
                try await store.writeTransaction {
                    signal.yield()
                    try await $0.execute("SELECT pg_sleep(\(sleep))")
                }
            } else {
                try await store.transaction {
                    signal.yield()
                    try await $0.execute("SELECT pg_sleep(\(sleep))")
                }
            }
            done.flag.withLock { $0 = true }
        }
    }

    /// Returns once the transaction is open, its connection taken (and the write lock, if asked for).
    func started() async throws {
        for await _ in inside { return }
    }

    /// Whether the transaction has ended.
    var finished: Bool { done.flag.withLock { $0 } }

    /// Waits for the transaction to end; its failure fails the test.
    func end() async throws { try await task.value }

    /// Set when the transaction has ended.
    private final class Done: Sendable {
        let flag = Mutex(false)
    }
}
