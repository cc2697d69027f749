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
}
