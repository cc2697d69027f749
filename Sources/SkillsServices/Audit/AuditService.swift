import SkillsCore
import SkillsStore

/// The audit trail: reading it, and checking that its hash chain is unbroken.
public struct AuditService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// Entries matching a filter, newest first.
    public func log(_ filter: AuditFilter, by actor: String) async throws -> [AuditEntry] {
        try await context.gate.check(Authorisation(actor, .report))
        return try await context.store.auditLog(filter)
    }

    /// The chain's state, and whether an expected head recorded earlier is still in it.
    public func verify(expectingHead head: String?, by actor: String) async throws -> (check: AuditCheck, headFound: Bool) {
        try await context.gate.check(Authorisation(actor, .report))
        let check = try await context.store.verifyAudit()
        guard let head, check.problem == nil, head != check.head else { return (check, true) }
        let found = try await context.store.auditLog(AuditFilter(limit: Int.max)).contains { $0.hash == head }
        return (check, found)
    }
}
