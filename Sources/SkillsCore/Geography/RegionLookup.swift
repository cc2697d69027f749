/// Finds a region the way people write it: its GSS code, or its name in English or Welsh, in any capitals
/// (`W92000004`, `Wales`, `cymru`, `north east`).
public struct RegionLookup: Sendable {
    private var codes: [String: String] = [:]

    public init(_ regions: [(code: String, name: String, nameWelsh: String?)]) {
        for region in regions {
            for key in [region.code, region.name, region.nameWelsh].compactMap({ $0 }) where !key.isEmpty {
                codes[Self.folded(key)] = codes[Self.folded(key)] ?? region.code
            }
        }
    }

    public init(_ regions: [Region]) {
        self.init(regions.map { ($0.code, $0.name, $0.nameWelsh) })
    }

    /// The code of the region `text` names, or nil.
    public func code(for text: String) -> String? { codes[Self.folded(text)] }

    private static func folded(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
