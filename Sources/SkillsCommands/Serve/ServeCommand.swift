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
    @Option(
        help: ArgumentHelp(
            "Where coordinators' pages issue certificates (a folder per centre; default: certificates beside an SQLite database).",
            valueName: "dir"))
    var certificates: String?

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
            configuration: ServerConfiguration(
                host: host, port: port, publicURL: publicURL.flatMap(URL.init(string:)), certificates: try issuing()),
            logger: logger
        ) { bound in
            // Written straight to the file, unbuffered: whoever started the server waits for this line.
            FileHandle.standardOutput.write(Data("listening on http://\(host):\(bound)\n".utf8))
        }
        try await application.runService()
    }

    /// The signing key and folder the coordinator pages issue certificates with, or nil without a key: then the page
    /// says the server cannot issue them. The folder defaults to `certificates` beside an SQLite database, or in the
    /// working folder for PostgreSQL.
    private func issuing() throws -> CertificateIssuing? {
        let key = programme.signingKey
        guard key.exists else { return nil }
        let beside: URL
        if case .sqlite(let path) = try programme.location {
            beside = URL(fileURLWithPath: path).deletingLastPathComponent()
        } else {
            beside = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        }
        return CertificateIssuing(
            signingKey: key, outputFolder: URL(fileURLWithPath: certificates ?? beside.appendingPathComponent("certificates").path))
    }
}
