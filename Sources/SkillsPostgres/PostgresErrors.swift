import PostgresNIO
import SkillsCore

/// Turns PostgreSQL's errors into `ServiceError`s at the boundary: nothing above the store sees a `PSQLError`.
enum PostgresErrors {
    /// A PostgreSQL error becomes "the database could not be read", with the server's words; anything else (a
    /// `ServiceError` the store threw on purpose) passes through.
    static func translate(_ error: any Error, location: String) -> any Error {
        guard error is PSQLError else { return error }
        return ServiceError.unreadable(location: location, reason: words(error))
    }

    /// The server's message when there is one, else the error's own description.
    static func words(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            return "\(error.code)"
        }
        return "\(error)"
    }

    /// The system's words for a connection that failed before PostgreSQL could answer.
    static let connectFailures = ["Connection refused", "Connection timed out", "No route to host", "Name or service not known"]

    /// Why a connection to `place` could not be opened, with what would fix it: the server is not there, refuses the
    /// login, has no such database, or has no connection slot free.
    static func unavailable(_ error: any Error, place: PostgresLocation) -> ServiceError {
        if let error = error as? ServiceError { return error }
        let reason: String
        switch (error as? PSQLError)?.serverInfo?[.sqlState] {
        case "28P01":
            reason = "\(words(error)) — put the right password in PGPASSWORD or a line of ~/.pgpass (PGPASSFILE)"
        case "28000":
            reason =
                "\(words(error)) — correct the user in the URL, or have the database's administrator let it in (CREATE ROLE, pg_hba.conf)"
        case "3D000":
            reason = "\(words(error)) — create it with `createdb \(place.database)`, or correct the database in the URL"
        case "53300":
            reason = "\(words(error)) — give the servers fewer connections, or raise PostgreSQL's max_connections"
        default:
            guard let error = error as? PSQLError, error.code == .connectionError else {
                reason = words(error)
                break
            }
            // NIO's description of a failed connect is long; the system's own words in it are what a person needs.
            let detail = error.underlying.map { "\($0)" } ?? ""
            let cause = Self.connectFailures.first(where: detail.contains).map { " (\($0.lowercased()))" } ?? ""
            reason =
                "no PostgreSQL server answers at \(place.host):\(place.port)\(cause) — start it, or correct the host and port in the URL"
        }
        return ServiceError.unavailable(location: place.url, reason: reason)
    }
}
