import Foundation
import PostgresNIO
import SkillsCore

/// A PostgreSQL database named by a `postgres://USER@HOST:PORT/DB?sslmode=MODE` URL, with its password found the way
/// libpq finds it (`PGPASSWORD`, then `PGPASSFILE` or `~/.pgpass`): never in the URL, where the process list and the
/// shell history would show it.
public struct PostgresLocation: Sendable, Equatable {
    /// How the connection uses TLS, as libpq's `sslmode` names it.
    public enum SSLMode: String, Sendable, CaseIterable {
        case disable, prefer, require
        case verifyFull = "verify-full"
    }

    public var user: String
    public var host: String
    public var port: Int
    public var database: String
    public var sslMode: SSLMode

    /// Whether a `--db` value names a PostgreSQL database rather than an SQLite file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads a URL; refuses one with a password in it, an unknown `sslmode`, or a missing user or database.
    public init(url text: String) throws {
        guard Self.isURL(text), let url = URLComponents(string: text), let host = url.host, !host.isEmpty else {
            throw ServiceError.invalid(field: "db", value: text, "write a PostgreSQL database as postgres://USER@HOST:PORT/DATABASE")
        }
        if url.password != nil {
            throw ServiceError.invalid(
                field: "db", value: Self.redacted(text),
                "a password in the URL would show in the process list and shell history; put it in PGPASSWORD or ~/.pgpass")
        }
        guard let user = url.user, !user.isEmpty else {
            throw ServiceError.invalid(field: "db", value: text, "name the database user: postgres://USER@HOST:PORT/DATABASE")
        }
        let database = String(url.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty else {
            throw ServiceError.invalid(field: "db", value: text, "name the database: postgres://USER@HOST:PORT/DATABASE")
        }
        let modeText = url.queryItems?.first(where: { $0.name == "sslmode" })?.value ?? SSLMode.prefer.rawValue
        guard let mode = SSLMode(rawValue: modeText) else {
            throw ServiceError.invalid(
                field: "db", value: text,
                "sslmode '\(modeText)' is not one of \(SSLMode.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self.init(user: user, host: host, port: url.port ?? 5432, database: database, sslMode: mode)
    }

    public init(user: String, host: String, port: Int, database: String, sslMode: SSLMode) {
        self.user = user
        self.host = host
        self.port = port
        self.database = database
        self.sslMode = sslMode
    }

    /// The same server and user, another database: tests and `skills init` helpers create databases from `postgres`.
    public func database(_ name: String) -> PostgresLocation {
        var other = self
        other.database = name
        return other
    }

    /// The URL, which never holds a password.
    public var url: String {
        "postgres://\(user)@\(host):\(port)/\(database)" + (sslMode == .prefer ? "" : "?sslmode=\(sslMode.rawValue)")
    }

    /// The connection settings, with the password from the environment or the password file.
    func configuration(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PostgresConnection.Configuration {
        let password = environment["PGPASSWORD"] ?? PasswordFile(environment: environment).password(for: self)
        var configuration = PostgresConnection.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: try tls())
        configuration.options.tlsServerName = sslMode == .verifyFull ? host : nil
        return configuration
    }

    private func tls() throws -> PostgresConnection.Configuration.TLS {
        var settings = TLSConfiguration.makeClientConfiguration()
        // As libpq: prefer and require encrypt without checking the certificate; verify-full checks it and the name.
        settings.certificateVerification = sslMode == .verifyFull ? .fullVerification : .none
        switch sslMode {
        case .disable: return .disable
        case .prefer: return .prefer(try NIOSSLContext(configuration: settings))
        case .require, .verifyFull: return .require(try NIOSSLContext(configuration: settings))
        }
    }

    /// A URL with its password replaced, for messages.
    static func redacted(_ text: String) -> String {
        guard var url = URLComponents(string: text), url.password != nil else { return text }
        url.password = "***"
        return url.string ?? "postgres://…"
    }
}
