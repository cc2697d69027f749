import Hummingbird
import SkillsCore

/// The one place a service error becomes an HTTP status: a refusal is 403, a bad field 422, an unknown record 404, a
/// clash with what is stored 409, a database that cannot be reached or has no connection free 503; anything else is
/// the server's fault and says nothing about why.
enum ErrorStatus {
    static func of(_ error: ServiceError) -> HTTPResponse.Status {
        switch error {
        case .invalid: .unprocessableContent
        case .unknown: .notFound
        case .duplicate, .conflict: .conflict
        case .refused: .forbidden
        case .unavailable: .serviceUnavailable
        default: .internalServerError
        }
    }

    /// What a person or a client may be told: the service's plain words for a fault in the request, never for a fault
    /// inside the server, whose words may hold a path or a database message.
    static func message(_ error: ServiceError) -> String {
        of(error).kind == .clientError ? error.plainWords : "The server could not answer. Please try again later."
    }
}
