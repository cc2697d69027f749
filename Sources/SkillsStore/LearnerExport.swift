import Foundation
import SkillsCore

/// Everything the programme holds about one learner, for access and portability requests.
public struct LearnerExport: Encodable, Sendable {
    /// One session the learner attended.
    public struct SessionEntry: Encodable, Sendable {
        public var ref, date, tutorRef, mode: String
        public var minutes: Int
        public var outcomes: [String]
        public var notes: String?

        public init(ref: String, date: String, tutorRef: String, mode: String, minutes: Int, outcomes: [String], notes: String? = nil) {
            self.ref = ref
            self.date = date
            self.tutorRef = tutorRef
            self.mode = mode
            self.minutes = minutes
            self.outcomes = outcomes
            self.notes = notes
        }
    }

    /// One certificate issued to the learner, with the facts printed on it.
    public struct CertificateEntry: Encodable, Sendable {
        public var id, code, kind, subject, issuedOn, state: String
        public var revokedAt, revokedReason: String?
        public var printedFacts: CertificateFacts?

        public init(
            id: String, code: String, kind: String, subject: String, issuedOn: String, state: String, revokedAt: String? = nil,
            revokedReason: String? = nil, printedFacts: CertificateFacts? = nil
        ) {
            self.id = id
            self.code = code
            self.kind = kind
            self.subject = subject
            self.issuedOn = issuedOn
            self.state = state
            self.revokedAt = revokedAt
            self.revokedReason = revokedReason
            self.printedFacts = printedFacts
        }
    }

    public var format = "digitalskills-learner-export/1"
    public var exportedAt: String
    public var learner: Learner
    public var consents: [ConsentRecord]
    public var sessions: [SessionEntry]
    public var progress: LearnerProgress?
    public var certificates: [CertificateEntry]
    public var auditEntries: [AuditEntry]

    public init(
        exportedAt: String, learner: Learner, consents: [ConsentRecord], sessions: [SessionEntry], progress: LearnerProgress? = nil,
        certificates: [CertificateEntry], auditEntries: [AuditEntry]
    ) {
        self.exportedAt = exportedAt
        self.learner = learner
        self.consents = consents
        self.sessions = sessions
        self.progress = progress
        self.certificates = certificates
        self.auditEntries = auditEntries
    }
}
