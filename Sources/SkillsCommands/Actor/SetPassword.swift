import ArgumentParser
import Foundation
import SkillsServices

/// `skills actor password NAME --stdin`: sets the password someone signs in to the web pages and the API with.
struct SetPassword: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "password", abstract: "Set someone's password for `skills serve`, read from standard input.",
        discussion: """
            Example:  printf '%s' 'correct horse battery staple' | skills actor password aled --stdin
            The password is hashed with bcrypt (cost 12); only the hash is stored, and it is never printed or logged.
            An administrator may set anyone's password; anyone registered may set their own. Setting it ends that
            person's open sessions.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The registered name (see `skills actor list`).") var name: String
    @Flag(help: "Read the password from standard input (one line; required, so it never appears in a command line).")
    var stdin = false

    func validate() throws {
        if !stdin { throw ValidationError("give --stdin and send the password on standard input, so it is not in your shell history") }
    }

    func run() async throws {
        guard let line = readLine(strippingNewline: true) else {
            throw UserError(
                .usage, "no password on standard input — send it with: printf '%s' 'PASSWORD' | skills actor password \(name) --stdin")
        }
        let (services, accounts) = try await programme.servicesWithAccounts()
        try await AccountService(services, accounts: accounts).setPassword(line, for: name, by: programme.actorName)
        print("password set for \(name)")
    }
}
