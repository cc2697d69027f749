import ArgumentParser
import SkillsCore
import SkillsStoreFactory

/// `skills migrate-store --from PATH --to URL`: moves an SQLite programme into an empty PostgreSQL database.
struct MigrateStoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate-store", abstract: "Move an SQLite programme into an empty PostgreSQL database, and check the copy.",
        discussion: """
            Example:  skills migrate-store --from programme.sqlite --to postgres://skills@db.example.org/skills?sslmode=require
            Everything is copied, the audit chain included; then every table's rows are counted and the chain is verified
            against the original. The SQLite file is left as it was. Keep the signing key: set SKILLS_KEY to it afterwards.
            """)

    @Option(help: ArgumentHelp("The SQLite programme file to move.", valueName: "path")) var from: String
    @Option(help: ArgumentHelp("The empty PostgreSQL database: postgres://USER@HOST:PORT/DB.", valueName: "url")) var to: String
    @Option(name: .customLong("as"), help: ArgumentHelp("Who is moving it: an administrator of the programme.", valueName: "name"))
    var actor: String?

    func run() async throws {
        guard case .sqlite(let path) = try ProgrammeLocation(from) else {
            throw UserError(.usage, "--from '\(from)' must be an SQLite programme file")
        }
        guard case .postgres(let place) = try ProgrammeLocation(to) else {
            throw UserError(.usage, "--to '\(to)' must be a PostgreSQL database URL: postgres://USER@HOST:PORT/DB")
        }
        var options = try ProgrammeOptions.parse([])
        options.actor = actor
        let result = try await StoreMigration.copy(from: path, to: place, by: options.actorName, clock: options.clock)
        let rows = result.tables.values.reduce(0, +)
        print("moved \(path) to \(place.url): \(rows) rows in \(result.tables.count) tables, counts checked")
        print("audit chain intact: \(result.audit.entries) entries, head \(result.audit.head)")
        print("use it with --db \(place.url) (or SKILLS_DB), and SKILLS_KEY set to the programme's signing key")
    }
}
