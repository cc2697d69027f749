/// A place where sessions happen: a library, a community centre.
public struct Centre: Codable, Equatable, Sendable {
    public var ref: String
    public var name: String
    public var regionCode: String
    public var localAuthority: String?

    public init(ref: String, name: String, regionCode: String, localAuthority: String? = nil) {
        self.ref = ref
        self.name = name
        self.regionCode = regionCode
        self.localAuthority = localAuthority
    }
}
