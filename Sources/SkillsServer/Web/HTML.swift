import Foundation
import SkillsCore

/// What the pages need to put text into HTML and URLs safely.
enum HTML {
    /// Escapes text for an element's content or a quoted attribute value (the rule lives in `HTMLText`).
    static func escape(_ text: String) -> String { HTMLText.escape(text) }

    /// Percent-encodes text for one part of a URL (a path segment or a query value).
    static func urlPart(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    /// Characters that need no percent-encoding anywhere in a URL (RFC 3986 unreserved).
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
