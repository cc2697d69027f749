import Foundation
import SkillsCore

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
