import Foundation

/// The stores the end-to-end suite runs its main paths against: SQLite always, PostgreSQL when a test server is set
/// ($SKILLS_TEST_POSTGRES_URL, which scripts/test.sh provides).
public enum StoreKinds {
    public static let available = PostgresTestDatabase.server == nil ? ["sqlite"] : ["sqlite", "postgres"]

    /// Runs `body` with a runner on a fresh, empty programme of a kind; a PostgreSQL database is dropped afterwards.
    public static func withRunner<T>(_ kind: String, today: String = "2026-11-26", _ body: (SkillsRunner) throws -> T) throws -> T {
        guard kind == "postgres" else { return try body(try SkillsRunner(today: today)) }
        let database = try PostgresTestDatabase()
        defer { try? database.drop() }
        return try body(try SkillsRunner(postgres: database.url, today: today))
    }
}
