import ArgumentParser
import Foundation
import Hummingbird
import Logging
import SkillsServer
import SkillsServices

/// `skills serve`: the programme on the web, for tutors, learners and anyone checking a certificate.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the programme's web pages and JSON API.",
        discussion: """
            Example:  skills serve --port 8080 --public-url https://skills.example.org
            The first line printed is `listening on http://HOST:PORT` (with the real port when --port is 0).
            Stops cleanly on SIGTERM or Ctrl-C, finishing requests in flight. One log line per request goes to
            standard error, without personal data. Put it behind a reverse proxy for HTTPS (docs/deployment.md).
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port to listen on (0: any free port).") var port = 8080
    @Option(help: ArgumentHelp("The address people reach the server at; https makes cookies Secure.", valueName: "url"))
    var publicURL: String?

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port \(port) is not a port: use 0 to 65535") }
        if let publicURL {
            guard let url = URL(string: publicURL), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
                throw ValidationError("--public-url '\(publicURL)' is not an http:// or https:// address")
            }
        }
    }

    func run() async throws {
        // Sessions live in the store, so any number of servers on one PostgreSQL database share them.
        let (services, accounts) = try await programme.servicesWithAccounts()
        var logger = Logger(label: "skills.serve")
        logger.logLevel = .info
        let host = host
        let application = SkillsWeb.application(
            services: services, accounts: accounts,
            configuration: ServerConfiguration(host: host, port: port, publicURL: publicURL.flatMap(URL.init(string:))), logger: logger
        ) { bound in
            // Written straight to the file, unbuffered: whoever started the server waits for this line.
            FileHandle.standardOutput.write(Data("listening on http://\(host):\(bound)\n".utf8))
        }
        try await application.runService()
    }
}
