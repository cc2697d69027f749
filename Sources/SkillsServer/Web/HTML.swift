import Foundation
import SkillsCore

/// What the pages need to put text into HTML and URLs safely.
enum HTML {
    /// Escapes text for an element's content or a quoted attribute value (the rule lives in `HTMLText`).
    static func escape(_ text: String) -> String { HTMLText.escape(text) }

    /// Escapes text as `escape` does and marks each year-month-day date in it, which the style sheet keeps on one
    /// line: on a phone, a date broken after its first hyphen ("2026-" then "11-24") is hard to read. A plain span, not
    /// `<time>`: the date may be one a problem is refusing, such as 2026-13-45.
    static func escapeKeepingDatesWhole(_ text: String) -> String {
        escape(text).replacing(/\d{4}-\d{2}-\d{2}/) { date in "<span class=\"date\">\(date.output)</span>" }
    }

    /// Percent-encodes text for one part of a URL (a path segment or a query value).
    static func urlPart(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    /// Characters that need no percent-encoding anywhere in a URL (RFC 3986 unreserved).
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
