import Foundation
import SkillsCore

/// What loading a curriculum did.
public struct CurriculumLoad: Sendable, Equatable {
    public var id: String
    public var version: Int
    /// False when the same content was already loaded and nothing was written.
    public var changed: Bool

    public init(id: String, version: Int, changed: Bool) {
        self.id = id
        self.version = version
        self.changed = changed
    }
}
