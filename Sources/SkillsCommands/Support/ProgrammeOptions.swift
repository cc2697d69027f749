import ArgumentParser
import Foundation
import SkillsCore
import SkillsSQLite
import SkillsServices
import SkillsStore

/// The options every command that touches the programme shares: which database, and who is acting.
struct ProgrammeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The programme database file.", valueName: "path"))
    var db: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("Who is making the change, for the audit trail.", valueName: "name"))
    var actor: String?

    /// The database path: --db, else $SKILLS_DB, else ./programme.sqlite.
    var databasePath: String {
        db ?? ProcessInfo.processInfo.environment["SKILLS_DB"] ?? "programme.sqlite"
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
    func services() throws -> ServiceContext {
        ServiceContext(store: try SQLiteStore.open(path: databasePath, clock: clock), clock: clock)
    }

    /// The programme's signing key file.
    var signingKey: SigningKeyFile { SigningKeyFile(database: databasePath) }
}
