import Foundation
import Hummingbird

/// A posted form's fields, in order; a name may repeat (a checkbox list).
struct Form: Sendable {
    /// The hidden field that carries the form's token.
    static let tokenName = "form_token"
    /// The most a form may send.
    static let largestBody = 256 * 1024

    let pairs: [(name: String, value: String)]

    /// Reads an `application/x-www-form-urlencoded` body.
    static func read(_ request: Request) async throws -> Form {
        let buffer = try await request.body.collect(upTo: largestBody)
        return Form(encoded: String(buffer: buffer))
    }

    init(encoded: String) {
        pairs = encoded.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (Self.decode(parts[0]), parts.count > 1 ? Self.decode(parts[1]) : "")
        }
    }

    /// The first value of a field, or nil.
    func value(_ name: String) -> String? { pairs.first { $0.name == name }?.value }

    /// Every value of a field, in order.
    func values(_ name: String) -> [String] { pairs.filter { $0.name == name }.map(\.value) }

    /// Whether the form carries the expected token; compared in constant time.
    func hasToken(_ expected: String) -> Bool { Self.isToken(value(Self.tokenName), expected) }

    /// Whether a form's token is the expected one, compared in constant time; shared with multipart forms.
    static func isToken(_ given: String?, _ expected: String) -> Bool {
        guard let given else { return false }
        let a = Array(given.utf8)
        let b = Array(expected.utf8)
        guard a.count == b.count, !b.isEmpty else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// The hidden field every form carries.
    static func tokenField(_ token: String) -> String {
        "<input type=\"hidden\" name=\"\(tokenName)\" value=\"\(HTML.escape(token))\">"
    }

    private static func decode(_ text: Substring) -> String {
        String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
    }
}
