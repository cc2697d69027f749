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

    /// The fewest hex digits of a head worth comparing: 48 bits, which no rewrite finds by chance.
    public static let shortestHead = 12

    /// The chain's state, and whether an expected head recorded earlier (whole, or its first 12 or more hex digits) is
    /// still in it.
    public func verify(expectingHead head: String?, by actor: String) async throws -> (check: AuditCheck, headFound: Bool) {
        if let head {
            let digits = head.lowercased()
            guard digits.count >= Self.shortestHead, digits.count <= 64, digits.allSatisfy(\.isHexDigit) else {
                throw ServiceError.invalid(
                    field: "expect_head", value: head, "'\(head)' is not the start of a head hash",
                    hint: "give at least its first \(Self.shortestHead) hex digits, as `audit verify` printed them")
            }
        }
        try await context.gate.check(Authorisation(actor, .report))
        let check = try await context.store.verifyAudit()
        guard let prefix = head?.lowercased(), check.problem == nil, !check.head.hasPrefix(prefix) else { return (check, true) }
        let found = try await context.store.auditLog(AuditFilter(limit: Int.max)).contains { $0.hash.hasPrefix(prefix) }
        return (check, found)
    }
}
