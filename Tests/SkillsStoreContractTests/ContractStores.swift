import Foundation
import SkillsCore
import SkillsPostgres
import SkillsSQLite
import SkillsStore
import SkillsTestSupport
import Synchronization
import Testing

/// The store implementations the contract runs against, each made fresh and empty for every test.
enum ContractStores {
    /// The day every store believes it is.
    static let today = Day(iso: "2026-11-26")!

    /// The PostgreSQL server to test against: $SKILLS_TEST_POSTGRES_URL (scripts/test.sh starts a throwaway one).
    static let postgresServer: PostgresServer? = ProcessInfo.processInfo.environment["SKILLS_TEST_POSTGRES_URL"].flatMap {
        (try? PostgresLocation(url: $0)).map(PostgresServer.init)
    }

    /// The names of the implementations available here.
    static let kinds = postgresServer == nil ? ["sqlite"] : ["sqlite", "postgres"]

    /// How many connections a PostgreSQL store here may open: several, as a server's does, so concurrent calls in the
    /// contract really run at once.
    static let postgresConnections = 4

    /// A new, empty store of a kind; a PostgreSQL one lives in its own new database, dropped when the test ends.
    static func make(_ kind: String) async throws -> any ProgrammeStore {
        switch kind {
        case "postgres":
            return try await postgres(connections: postgresConnections)
        default:
            let folder = try TestFolders.make("contract")
            return try SQLiteStore.create(path: folder.appendingPathComponent("programme.sqlite").path, clock: .fixed(today))
        }
    }
}

extension ContractStores {
    /// A new, empty PostgreSQL store in its own new database, dropped when the test ends.
    static func postgres(connections: Int, connectionWait: Duration? = nil) async throws -> PostgresStore {
        let server = try #require(postgresServer)
        let name = "skills_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let database = try await server.createDatabase(name)
        TestDatabases.current?.add(name)
        return try await PostgresStore.create(database, clock: .fixed(today), connections: connections, connectionWait: connectionWait)
    }
}

/// The PostgreSQL databases one test made, dropped when it ends (the `.droppingTestDatabases` trait).
final class TestDatabases: Sendable {
    @TaskLocal static var current: TestDatabases?

    private let names = Mutex<[String]>([])

    func add(_ name: String) { names.withLock { $0.append(name) } }

    var all: [String] { names.withLock { $0 } }
}

/// Drops every database a test created once the test (all its cases) ends, pass or fail.
struct DroppingTestDatabases: TestTrait, SuiteTrait, TestScoping {
    var isRecursive: Bool { true }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        // The outermost scope collects; the test's cases run inside it.
        guard TestDatabases.current == nil, let server = ContractStores.postgresServer else { return try await function() }
        let databases = TestDatabases()
        do {
            try await TestDatabases.$current.withValue(databases) { try await function() }
        } catch {
            await drop(databases.all, on: server)
            throw error
        }
        await drop(databases.all, on: server)
    }

    private func drop(_ names: [String], on server: PostgresServer) async {
        for name in names { try? await server.dropDatabase(name) }
    }
}

extension Trait where Self == DroppingTestDatabases {
    /// Drops every PostgreSQL database a test created once it ends.
    static var droppingTestDatabases: Self { DroppingTestDatabases() }
}
