import ArgumentParser
import Foundation
import SkillsCore
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

    /// Opens the existing programme.
    func openStore() throws -> ProgrammeStore {
        try ProgrammeStore.open(path: databasePath, clock: clock)
    }

    /// Opens the programme for an action, refusing (and auditing the refusal) when the actor's role does not allow it.
    func openStore(for action: ProgrammeAction, learners: [String] = [], centres: [String] = []) throws -> ProgrammeStore {
        let store = try openStore()
        try authorise(store, action, learners: learners, centres: centres)
        return store
    }

    /// Refuses, with one line and an audit entry, an action the actor may not take.
    func authorise(_ store: ProgrammeStore, _ action: ProgrammeAction, learners: [String] = [], centres: [String] = []) throws {
        let name = actorName
        let places = centres + (try store.centreRefs(ofLearners: learners))
        if let refusal = AccessRules.refusal(for: try store.actor(named: name), name: name, action, centres: places) {
            try store.recordRefusal(by: name, action: action, reason: refusal)
            throw UserError(.permission, refusal)
        }
    }
}
