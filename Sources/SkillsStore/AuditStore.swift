import Foundation
import SkillsCore

/// The hash-chained audit trail.
public protocol AuditStore: Sendable {
    /// Audit entries matching a filter, newest first.
    func auditLog(_ filter: AuditFilter) async throws -> [AuditEntry]
    /// Walks the whole chain and reports the first break, if any.
    func verifyAudit() async throws -> AuditCheck
}
