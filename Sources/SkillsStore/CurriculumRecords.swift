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

/// A loaded curriculum's headline figures.
public struct CurriculumSummary: Sendable, Codable, Equatable {
    public var id: String
    public var version: Int
    public var title: String
    public var framework: String
    public var areas: Int
    public var modules: Int
    public var outcomes: Int
    public var loadedAt: String

    public init(id: String, version: Int, title: String, framework: String, areas: Int, modules: Int, outcomes: Int, loadedAt: String) {
        self.id = id
        self.version = version
        self.title = title
        self.framework = framework
        self.areas = areas
        self.modules = modules
        self.outcomes = outcomes
        self.loadedAt = loadedAt
    }
}
