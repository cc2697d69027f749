import Foundation

/// Runs the built `skills` binary against a fresh temporary programme, as a person would.
public struct SkillsRunner: Sendable {
    /// What one run printed and how it ended.
    public struct Output: Sendable {
        public var stdout: String
        public var stderr: String
        public var status: Int32
    }

    /// The temporary folder holding this runner's database and outputs.
    public let folder: URL
    /// The day the programme believes it is.
    public let today: String
    /// The programme database: a file in `folder`, or a PostgreSQL URL.
    public let database: String

    /// A runner with its own empty folder and an SQLite programme file in it; nothing is created until a command runs.
    public init(today: String = "2026-11-26") throws {
        folder = try TestFolders.make("runner")
        self.today = today
        database = folder.appendingPathComponent("programme.sqlite").path
    }

    /// A runner whose programme lives in a PostgreSQL database (an empty one, from `PostgresTestDatabase`); its signing
    /// key is a file in the runner's folder, named by SKILLS_KEY.
    public init(postgres url: String, today: String = "2026-11-26") throws {
        folder = try TestFolders.make("runner")
        self.today = today
        database = url
    }

    /// Whether the programme lives in PostgreSQL.
    public var isPostgres: Bool { database.hasPrefix("postgres://") }

    /// Runs `skills` with arguments as a given actor.
    @discardableResult
    public func run(
        _ arguments: [String], as actor: String = "test-tutor", environment extra: [String: String] = [:], input: Data? = nil
    ) throws -> Output {
        var environment = environment(as: actor)
        for (key, value) in extra { environment[key] = value }
        return try Command.run(Paths.skillsBinary, arguments, environment: environment, in: folder, input: input)
    }

    /// The environment `skills` runs in: this programme, its day and signing key, and who is acting.
    public func environment(as actor: String = "test-tutor") -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["SKILLS_DB"] = database
        environment["SKILLS_TODAY"] = today
        environment["SKILLS_ACTOR"] = actor
        if isPostgres { environment["SKILLS_KEY"] = folder.appendingPathComponent("signing-key.pem").path }
        return environment
    }

    /// Runs `skills` and fails unless it exits 0.
    @discardableResult
    public func succeed(_ arguments: [String], as actor: String = "test-tutor") throws -> String {
        let output = try run(arguments, as: actor)
        guard output.status == 0 else {
            throw RunnerError("`skills \(arguments.joined(separator: " "))` exited \(output.status): \(output.stderr)")
        }
        return output.stdout
    }

    /// Runs one SQL statement with the store's own shell (sqlite3 or psql) and returns its rows as `a|b` lines: for
    /// checking what the database holds, beside what the commands say.
    public func query(_ sql: String) throws -> String {
        let output =
            isPostgres
            ? try Command.run("/usr/bin/psql", [database, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql])
            : try Command.run("/usr/bin/sqlite3", [database, sql])
        guard output.status == 0 else { throw RunnerError("`\(sql)` failed: \(output.stderr)") }
        return output.stdout
    }

    /// Every row of every table, as the sqlite3 shell (or pg_dump) dumps it: equal dumps mean nothing changed.
    public func databaseDump() throws -> String {
        if isPostgres {
            // One INSERT per row, as sqlite3 writes them; without pg_dump's per-run `\restrict` keys and the sequences,
            // which move on even when a rolled-back insert writes nothing.
            let dump = try Command.run("/usr/bin/pg_dump", ["--data-only", "--inserts", "--no-owner", database]).stdout
            return dump.split(separator: "\n").filter {
                !$0.hasPrefix("\\restrict") && !$0.hasPrefix("\\unrestrict") && !$0.contains("setval")
            }
            .joined(separator: "\n").replacingOccurrences(of: "INSERT INTO public.", with: "INSERT INTO ")
        }
        return try Command.run("/usr/bin/sqlite3", [database, ".dump"]).stdout
    }
}

/// A test-support failure with a readable message.
public struct RunnerError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
