import Foundation

/// Finds a centre's local authority in the reference table by GSS code or by name, forgiving how names are written.
///
/// "City of Bristol", "Bristol", "Bristol City Council" and "bristol" all find the same authority; so does its code.
public struct LocalAuthorityMatcher: Sendable {
    private var byCode: [String: Int] = [:]
    private var byKey: [String: Int] = [:]
    private let names: [String]

    public init(_ reference: [LocalAuthorityReference]) {
        names = reference.map(\.name)
        for (index, authority) in reference.enumerated() {
            byCode[authority.code.uppercased()] = index
            if byKey[Self.key(authority.name)] == nil { byKey[Self.key(authority.name)] = index }
        }
    }

    /// The index of the matching reference authority, or nil.
    public func match(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return byCode[trimmed.uppercased()] ?? byKey[Self.key(trimmed)]
    }

    /// The nearest reference name to a name that matched nothing, when it looks like a typo.
    public func suggestion(for text: String) -> String? {
        NearestMatch.best(for: text, among: names)
    }

    private static let prefixes = ["city and county of ", "city of ", "county of ", "the "]
    private static let suffixes = [
        " metropolitan borough council", " borough council", " city council", " county council", " district council", " council",
        " metropolitan borough", " borough", " city",
    ]

    /// Lower case, `&` as "and", punctuation as spaces, and council words ("City of", "Borough Council") dropped.
    static func key(_ name: String) -> String {
        var text = name.lowercased().replacingOccurrences(of: "&", with: " and ")
        text = String(text.map { $0.isLetter || $0.isNumber ? $0 : " " })
        text = text.split(separator: " ").joined(separator: " ")
        for prefix in prefixes where text.hasPrefix(prefix) && text.count > prefix.count {
            text.removeFirst(prefix.count)
        }
        for suffix in suffixes where text.hasSuffix(suffix) && text.count > suffix.count {
            text.removeLast(suffix.count)
            break
        }
        return text
    }
}
