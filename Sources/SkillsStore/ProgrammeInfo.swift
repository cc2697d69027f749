import Foundation
import SkillsCore

/// The programme's own settings.
public struct ProgrammeInfo: Sendable, Codable {
    public var name: String
    public var createdAt: String
    public var verifyURL: String?

    public init(name: String, createdAt: String, verifyURL: String? = nil) {
        self.name = name
        self.createdAt = createdAt
        self.verifyURL = verifyURL
    }
}
