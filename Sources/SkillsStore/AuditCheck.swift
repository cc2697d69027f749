import Foundation
import SkillsCore

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
