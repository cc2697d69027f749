import ArgumentParser

/// `skills key`: the programme's signing key.
struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key", abstract: "The programme's certificate signing key.", subcommands: [ExportPublicKey.self])
}
