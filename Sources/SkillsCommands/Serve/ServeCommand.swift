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
            Example:  skills serve --port 8443 --tls-cert fullchain.pem --tls-key privkey.pem
            The first line printed is `listening on http://HOST:PORT` (https with --tls-cert and --tls-key; the real
            port when --port is 0). Stops cleanly on SIGTERM or Ctrl-C, finishing requests in flight. One log line per
            request goes to standard error, without personal data. For HTTPS give a PEM certificate and its key, or put
            the server behind a reverse proxy and give its https --public-url (docs/deployment.md); either way cookies
            are then Secure. On PostgreSQL the server answers up to --db-connections requests at once, each on its own
            database connection (default 8, or $SKILLS_DB_CONNECTIONS); a request that finds them all busy for 30 s
            fails with 503.
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
    @Option(
        help: ArgumentHelp(
            "Answer HTTPS with this PEM certificate (the server's first, then any intermediates); needs --tls-key.",
            valueName: "path"))
    var tlsCert: String?
    @Option(help: ArgumentHelp("The PEM private key of --tls-cert, without a passphrase.", valueName: "path"))
    var tlsKey: String?
    @Option(
        help: ArgumentHelp(
            "PostgreSQL only: the most database connections, so requests answered at once (default: $SKILLS_DB_CONNECTIONS, else 8).",
            valueName: "count"))
    var dbConnections: Int?

    /// How many connections a PostgreSQL store opens when neither the flag nor the environment says.
    static let defaultConnections = 8

    func validate() throws {
        switch (tlsCert, tlsKey) {
        case (.some, nil): throw ValidationError("--tls-cert needs --tls-key: give the certificate's private key too")
        case (nil, .some): throw ValidationError("--tls-key needs --tls-cert: give the certificate the key belongs to")
        default: break
        }
        guard (0...65_535).contains(port) else { throw ValidationError("--port \(port) is not a port: use 0 to 65535") }
        _ = try connections
        if let publicURL {
            guard let url = URL(string: publicURL), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
                throw ValidationError("--public-url '\(publicURL)' is not an http:// or https:// address")
            }
        }
    }

    func run() async throws {
        // The certificate and key are checked before anything else, so a bad file stops the start, not every visit.
        let tls = try tlsIdentity()
        // Sessions live in the store, so any number of servers on one PostgreSQL database share them.
        let (services, accounts) = try await programme.servicesWithAccounts(connections: try connections)
        var logger = Logger(label: "skills.serve")
        logger.logLevel = .info
        let host = host
        let scheme = tls == nil ? "http" : "https"
        let application = try SkillsWeb.application(
            services: services, accounts: accounts,
            configuration: ServerConfiguration(
                host: host, port: port, publicURL: publicURL.flatMap(URL.init(string:)), certificates: try issuing(), tls: tls),
            logger: logger
        ) { bound in
            // Written straight to the file, unbuffered: whoever started the server waits for this line.
            FileHandle.standardOutput.write(Data("listening on \(scheme)://\(host):\(bound)\n".utf8))
        }
        try await application.runService()
    }

    /// The most PostgreSQL connections: --db-connections, else $SKILLS_DB_CONNECTIONS, else 8; a count below one, or an
    /// environment value that is not a number, is refused with where it came from.
    private var connections: Int {
        get throws {
            if let dbConnections {
                guard dbConnections >= 1 else {
                    throw ValidationError(
                        "--db-connections \(dbConnections) is too few: use 1 or more (default \(Self.defaultConnections))")
                }
                return dbConnections
            }
            guard let text = ProcessInfo.processInfo.environment["SKILLS_DB_CONNECTIONS"], !text.isEmpty else {
                return Self.defaultConnections
            }
            guard let count = Int(text), count >= 1 else {
                throw ValidationError(
                    "SKILLS_DB_CONNECTIONS '\(text)' is not a number of connections: set it to 1 or more (default \(Self.defaultConnections))"
                )
            }
            return count
        }
    }

    /// The certificate and key to answer HTTPS with, or nil without --tls-cert; a file that cannot serve is refused
    /// with the flag that names it.
    private func tlsIdentity() throws -> TLSIdentity? {
        guard let tlsCert, let tlsKey else { return nil }
        do {
            return try TLSIdentity(certificateFile: tlsCert, keyFile: tlsKey)
        } catch {
            switch error {
            case .unreadable(let path):
                let flag = path == tlsCert ? "--tls-cert" : "--tls-key"
                throw UserError(.noInput, "\(flag): \(error.plainWords)")
            case .notCertificate: throw UserError(.data, "--tls-cert: \(error.plainWords)")
            case .notPrivateKey: throw UserError(.data, "--tls-key: \(error.plainWords)")
            case .keyDoesNotMatch: throw UserError(.data, "--tls-key: \(error.plainWords)")
            }
        }
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
