import ArgumentParser

/// `skills programme`: the programme's own settings.
struct ProgrammeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme", abstract: "Change the programme's settings.", subcommands: [SetProgramme.self])
}
