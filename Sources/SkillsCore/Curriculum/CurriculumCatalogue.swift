/// Every version of every curriculum a programme has loaded, found by id and version: compact certificates name the
/// curriculum version they were issued under and are read back against it.
public struct CurriculumCatalogue: Sendable {
    private let versions: [String: Curriculum]

    public init(_ curricula: [Curriculum]) {
        versions = Dictionary(curricula.map { ("\($0.id)@\($0.version)", $0) }, uniquingKeysWith: { _, newer in newer })
    }

    /// The curriculum with this id and version, or nil.
    public func curriculum(_ id: String, _ version: Int) -> Curriculum? {
        versions["\(id)@\(version)"]
    }
}
