import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices
import SkillsStore
import SkillsStoreFactory

/// The options every command that touches the programme shares: which database, and who is acting.
struct ProgrammeOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The programme database: an SQLite file, or postgres://USER@HOST:PORT/DB (password from PGPASSWORD or ~/.pgpass).",
            valueName: "path-or-url"))
    var db: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("Who is making the change, for the audit trail.", valueName: "name"))
    var actor: String?

    /// The database: --db, else $SKILLS_DB, else ./programme.sqlite.
    var databasePath: String {
        db ?? ProcessInfo.processInfo.environment["SKILLS_DB"] ?? "programme.sqlite"
    }

    /// Where the programme lives: an SQLite file or a PostgreSQL database; a bad URL is refused with what to change.
    var location: ProgrammeLocation {
        get throws { try ProgrammeLocation(databasePath) }
    }

    /// Whether a programme may be there to open: an SQLite file that exists, or any PostgreSQL database (opening it
    /// says whether it holds one).
    var mayHoldProgramme: Bool {
        guard case .sqlite(let path) = try? location else { return true }
        return FileManager.default.fileExists(atPath: path)
    }

    /// Who is acting: --as, else $SKILLS_ACTOR, else the login name.
    var actorName: String {
        if let actor, !actor.isEmpty { return actor }
        let environment = ProcessInfo.processInfo.environment
        if let name = environment["SKILLS_ACTOR"], !name.isEmpty { return name }
        return environment["USER"] ?? environment["LOGNAME"] ?? NSUserName()
    }

    /// The clock: real time, or the day in $SKILLS_TODAY (for reproducible runs and tests).
    var clock: Clock {
        if let text = ProcessInfo.processInfo.environment["SKILLS_TODAY"], let day = Day(iso: text) { return .fixed(day) }
        return .system
    }

    /// The services over the existing programme.
    func services() async throws -> ServiceContext {
        ServiceContext(store: try await location.open(clock: clock), clock: clock)
    }

    /// The services and the accounts (passwords, web sessions) over the existing programme, on either store; a
    /// PostgreSQL store opens up to `connections` connections, one per request in flight.
    func servicesWithAccounts(connections: Int = 1) async throws -> (services: ServiceContext, accounts: any AccountStore) {
        let store = try await location.openWithAccounts(clock: clock, connections: connections)
        return (ServiceContext(store: store, clock: clock), store)
    }

    /// The programme's signing key: beside an SQLite file (or $SKILLS_KEY); for a PostgreSQL programme, which has no
    /// folder, only $SKILLS_KEY_PEM or $SKILLS_KEY.
    var signingKey: SigningKeyFile {
        if case .postgres = try? location { return SigningKeyFile(environment: ProcessInfo.processInfo.environment) }
        return SigningKeyFile(database: databasePath)
    }
}
