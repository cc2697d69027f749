import Hummingbird
import SkillsCore

/// Pages that say a request could not be answered, in the visitor's language where the words are the site's own.
enum ErrorPages {
    /// The page for a service error.
    static func page(for error: ServiceError, visit: Visit) -> Response {
        let status = ErrorStatus.of(error)
        let words: String
        switch status {
        case .forbidden: words = visit.strings.refused
        case .notFound: words = visit.strings.notFound + " " + visit.words.error(error)
        default: words = visit.words.error(error)
        }
        return Page(title: String(status.code), visit: visit, content: "<p role=\"alert\">\(HTML.escape(words))</p>", status: status)
            .response
    }

    /// The page for a form posted without its token (or with a stale one): refused, whatever else it held.
    static func formExpired(_ visit: Visit) -> Response {
        Page(
            title: "403", visit: visit, content: "<p role=\"alert\">\(HTML.escape(visit.strings.formExpired))</p>", status: .forbidden
        ).response
    }
}
