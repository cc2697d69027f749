/// Finds a centre the way people write it: its ref, or its name in any capitals ("Cardiff Central Library"). A name
/// that two centres share names neither, so the ref must be given.
public struct CentreLookup: Sendable {
    private var refs: Set<String> = []
    private var byName: [String: String?] = [:]

    public init(_ centres: [Centre]) {
        for centre in centres {
            refs.insert(centre.ref)
            let key = Self.folded(centre.name)
            byName[key] = byName[key] == nil ? .some(centre.ref) : .some(nil)
        }
    }

    /// The ref of the centre `text` names, or nil when it names none (or more than one).
    public func ref(for text: String) -> String? {
        if refs.contains(text) { return text }
        return byName[Self.folded(text)] ?? nil
    }

    private static func folded(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}
