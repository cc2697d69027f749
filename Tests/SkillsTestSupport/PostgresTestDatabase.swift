import Foundation

/// A fresh PostgreSQL database on the test server ($SKILLS_TEST_POSTGRES_URL, which scripts/test.sh provides), made
/// and dropped with `psql`.
public struct PostgresTestDatabase: Sendable {
    /// The server's maintenance URL, or nil when no test server is set: PostgreSQL tests are then skipped.
    public static let server = ProcessInfo.processInfo.environment["SKILLS_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    /// The new database's name.
    public let name: String
    /// Its URL, for `--db` or SKILLS_DB.
    public let url: String

    /// Creates an empty database named `skills_test_<uuid>`.
    public init() throws {
        guard let server = Self.server, let slash = server.range(of: "/", options: .backwards) else {
            throw RunnerError("set SKILLS_TEST_POSTGRES_URL to run PostgreSQL tests (scripts/test.sh does)")
        }
        name = "skills_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        url = server[..<slash.lowerBound] + "/" + name
        try Self.psql(server, "CREATE DATABASE \(name)")
    }

    /// Runs one SQL statement in this database and returns its rows, unaligned and without headers.
    public func query(_ sql: String) throws -> String {
        try Self.psql(url, sql)
    }

    /// Removes the database, closing any connection still open.
    public func drop() throws {
        guard let server = Self.server else { return }
        try Self.psql(server, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    @discardableResult
    static func psql(_ url: String, _ sql: String) throws -> String {
        let output = try Command.run("/usr/bin/psql", [url, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql])
        guard output.status == 0 else { throw RunnerError("psql failed on `\(sql)`: \(output.stderr)") }
        return output.stdout
    }
}
