import ArgumentParser

/// `skills session`: what happened at each tutoring session.
struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session", abstract: "Record, list, correct and remove sessions.",
        subcommands: [RecordSession.self, ListSessions.self, UpdateSession.self, RemoveSession.self])
}
