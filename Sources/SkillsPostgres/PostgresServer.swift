import PostgresNIO
import SkillsCore

/// A PostgreSQL server reached through one of its databases, for making and removing whole databases: what a
/// throwaway test database or an operator's script needs, never an everyday command.
public struct PostgresServer: Sendable {
    /// A database on the server the user may connect to, usually `postgres`.
    public let maintenance: PostgresLocation

    public init(_ maintenance: PostgresLocation) {
        self.maintenance = maintenance
    }

    /// Creates an empty database and returns where it is.
    public func createDatabase(_ name: String) async throws -> PostgresLocation {
        try await run("CREATE DATABASE \(Self.quoted(name))")
        return maintenance.database(name)
    }

    /// Removes a database, closing any connection still open to it.
    public func dropDatabase(_ name: String) async throws {
        try await run("DROP DATABASE IF EXISTS \(Self.quoted(name)) WITH (FORCE)")
    }

    private func run(_ statement: String) async throws {
        let connection = try await PostgresConnection.connect(
            configuration: try maintenance.configuration(), id: 1, logger: PostgresConnection.quiet)
        do {
            try await connection.execute(PostgresQuery(unsafeSQL: statement))
            try await connection.close()
        } catch {
            try? await connection.close()
            throw PostgresErrors.translate(error, location: maintenance.url)
        }
    }

    /// An identifier quoted for SQL.
    static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
