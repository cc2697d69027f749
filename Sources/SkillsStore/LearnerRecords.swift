import SkillsCore

/// The part of a learner's export only the store can gather: their sessions and every audit entry about them. The
/// rest of the export (profile, consents, progress, certificates) comes through the store's other intents, and is put
/// together once, in the services.
public struct LearnerRecords: Sendable {
    /// The sessions the learner attended, oldest first.
    public var sessions: [LearnerExport.SessionEntry]
    /// Every audit entry about the learner, their sessions, consents and certificates, oldest first.
    public var auditEntries: [AuditEntry]

    public init(sessions: [LearnerExport.SessionEntry], auditEntries: [AuditEntry]) {
        self.sessions = sessions
        self.auditEntries = auditEntries
    }
}
