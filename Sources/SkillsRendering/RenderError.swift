import CCairo
import Foundation

/// Why a page could not be rendered, as one line a person can read.
public struct RenderError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The one-line explanation, naming the value at fault in quotes.
    public let message: String

    /// Creates an error with a one-line message.
    public init(_ message: String) {
        self.message = message
    }

    /// The one-line explanation.
    public var description: String { message }

    /// The one-line explanation, for Foundation's error reporting.
    public var errorDescription: String? { message }

    /// Wraps a non-success Cairo status met while doing `action`.
    static func cairo(_ status: cairo_status_t, while action: String) -> RenderError {
        let reason = cairo_status_to_string(status).map { String(cString: $0) } ?? "unknown error"
        return RenderError("could not \(action): \(reason) (cairo status \(status.rawValue))")
    }

    /// Throws when `status` is not success.
    static func check(_ status: cairo_status_t, while action: String) throws(RenderError) {
        if status != CAIRO_STATUS_SUCCESS {
            throw .cairo(status, while: action)
        }
    }
}
