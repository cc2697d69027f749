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

/// The result of checking the audit trail's chain.
public struct AuditCheck: Sendable {
    public var entries: Int
    /// The newest entry's hash: record it elsewhere to detect a rewrite of the whole chain.
    public var head: String
    /// The first bad entry and what is wrong with it, or nil when the chain is intact.
    public var problem: (id: Int64, message: String)?

    public init(entries: Int, head: String, problem: (id: Int64, message: String)? = nil) {
        self.entries = entries
        self.head = head
        self.problem = problem
    }
}

/// Which audit entries to list.
public struct AuditFilter: Sendable {
    public var actor: String?
    public var record: String?
    public var from: Day?
    public var to: Day?
    public var limit: Int

    public init(actor: String? = nil, record: String? = nil, from: Day? = nil, to: Day? = nil, limit: Int = 100) {
        self.actor = actor
        self.record = record
        self.from = from
        self.to = to
        self.limit = limit
    }
}
