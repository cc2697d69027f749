import Foundation
import SkillsCore

/// One entry of the audit trail.
public struct AuditEntry: Codable, Sendable, Equatable {
    public var id: Int64
    public var at: String
    public var actor: String
    public var action: String
    public var record: String
    public var details: String
    public var hash: String

    public init(id: Int64, at: String, actor: String, action: String, record: String, details: String, hash: String) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.record = record
        self.details = details
        self.hash = hash
    }
}
