import Foundation
import SkillsCore

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
