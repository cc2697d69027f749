import Foundation
import SkillsCore

/// The hash-chained audit trail.
public protocol AuditStore: Sendable {
    /// Audit entries matching a filter, newest first.
    func auditLog(_ filter: AuditFilter) async throws -> [AuditEntry]
    /// Records that the programme was restored from a backup: the first entry after the restored chain. The service
    /// checked who may restore before the content was replaced, so this write takes no authorisation.
    func recordRestore(from path: String, by actor: String) async throws
    /// Walks the whole chain and reports the first break, if any.
    func verifyAudit() async throws -> AuditCheck
}
