import Foundation
import SkillsCore

/// Everything a programme's store does: one protocol per feature, each a set of intents rather than queries.
///
/// Domain values go in and come out; no database type crosses this line. Every change takes the `Authorisation`
/// the service built, and the store checks it inside the write transaction that makes the change, then writes the
/// change and its audit entry together. The same contract suite (`Tests/SkillsStoreContractTests`) runs against
/// every implementation.
public typealias ProgrammeStore = ProgrammeSettingsStore & CentreStore & TutorStore & LearnerStore & SessionStore
    & CurriculumStore & RegionStore & ActorStore & CertificateStore & DataRightsStore & AuditStore & ReportStore & ImportStore

/// The programme itself: its name, settings and secret salt.
public protocol ProgrammeSettingsStore: Sendable {
    /// Where the programme lives, for messages (a file path, or a database URL without its password).
    var location: String { get }
    /// Records the programme itself; fails if the store already holds one.
    func initialise(name: String, verifyURL: String?, by actor: String) async throws
    /// The programme's name and settings.
    func programme() async throws -> ProgrammeInfo
    /// The programme's secret salt for hashed learner identifiers, as hex.
    func identitySalt() async throws -> String
}

/// Centres, where learning happens.
public protocol CentreStore: Sendable {
    func addCentre(_ centre: Centre, by authorisation: Authorisation) async throws
    /// Every centre, by ref.
    func centres() async throws -> [Centre]
    /// One centre, or `ServiceError.unknown`.
    func centre(_ ref: String) async throws -> Centre
}

/// Volunteer and staff tutors.
public protocol TutorStore: Sendable {
    func addTutor(_ tutor: Tutor, by authorisation: Authorisation) async throws
    /// Replaces a tutor's details, auditing what changed.
    func updateTutor(_ tutor: Tutor, by authorisation: Authorisation) async throws
    /// Tutors, optionally at one centre, by ref.
    func tutors(centre: String?) async throws -> [Tutor]
    /// One tutor, or `ServiceError.unknown`.
    func tutor(_ ref: String) async throws -> Tutor
}

/// Learners and their enrolment.
public protocol LearnerStore: Sendable {
    /// Enrols a learner; an empty ref gets the next free one. Returns the ref.
    func enrolLearner(_ learner: Learner, contact: Bool, by authorisation: Authorisation) async throws -> String
    /// Replaces a learner's details, auditing what changed under the given audit action.
    func updateLearner(_ learner: Learner, action: String, by authorisation: Authorisation) async throws
    /// Learners, optionally at one centre or with one status, by ref.
    func learners(centre: String?, status: Learner.Status?) async throws -> [Learner]
    /// One learner, or `ServiceError.unknown` with the nearest ref.
    func learner(_ ref: String) async throws -> Learner
    /// A learner's progress against a curriculum (the programme's main one when nil).
    func progress(of ref: String, curriculumID: String?) async throws -> LearnerProgress
}

/// Sessions: one `session_ref`, one or more learners.
public protocol SessionStore: Sendable {
    /// Records a session for one learner or a group; an empty ref gets the next free one. Returns the ref.
    func recordSession(_ session: Session, allowOtherCentre: Bool, by authorisation: Authorisation) async throws -> String
    /// Sessions matching a filter, newest first, with how many matched.
    func sessions(_ filter: SessionFilter) async throws -> (sessions: [SessionListing], total: Int)
}

/// Curricula, versioned.
public protocol CurriculumStore: Sendable {
    /// Loads a validated curriculum: a new version when its content changed, nothing when it did not.
    func loadCurriculum(_ curriculum: Curriculum, by authorisation: Authorisation) async throws -> CurriculumLoad
    /// The newest version of every curriculum.
    func curriculumSummaries() async throws -> [CurriculumSummary]
    /// The newest version of one curriculum, or a given version.
    func curriculum(id: String, version: Int?) async throws -> Curriculum
    /// The programme's main curriculum: the first one loaded.
    func defaultCurriculum() async throws -> Curriculum
}

/// Reporting regions.
public protocol RegionStore: Sendable {
    /// Adds or replaces regions.
    func loadRegions(_ regions: [Region], source: String, by authorisation: Authorisation) async throws
    /// Every region, by code.
    func regions() async throws -> [Region]
}

/// People registered to act, and the record of refusals.
public protocol ActorStore: Sendable {
    /// Registers (or re-registers) someone with a role.
    func addActor(_ actor: ProgrammeActor, by authorisation: Authorisation) async throws
    /// Everyone registered, by name.
    func actors() async throws -> [ProgrammeActor]
    /// One registered actor, or nil.
    func actor(named name: String) async throws -> ProgrammeActor?
    /// Records a refused request in the audit trail.
    func recordRefusal(_ refusal: Refusal) async throws
    /// The centre refs of learners, for access checks outside a write.
    func centreRefs(ofLearners refs: [String]) async throws -> [String]
}

/// Certificates and the public keys they are signed with.
public protocol CertificateStore: Sendable {
    /// Records the programme's public signing key (the private key never enters the store).
    func registerSigningKey(id: String, publicKey: Data, by authorisation: Authorisation) async throws
    /// Every public key the programme has signed with, by id.
    func signingKeys() async throws -> [String: Data]
    /// Learners with the names certificates print, optionally just one.
    func certificateHolders(learner ref: String?) async throws -> [CertificateHolder]
    /// Each learner's achieved outcomes (code → first day).
    func achievedOutcomes(learner ref: String?) async throws -> [String: [String: Day]]
    /// The due keys already issued (or being issued) per learner ref.
    func issuedDueKeys() async throws -> [String: Set<String>]
    /// Records certificates about to be drawn, in one audited transaction.
    func addPendingCertificates(_ records: [CertificateRecord], by authorisation: Authorisation) async throws
    /// Marks certificates whose files are written as issued.
    func markIssued(_ ids: [String], by authorisation: Authorisation) async throws
    /// Certificates recorded but not yet confirmed drawn.
    func pendingCertificates() async throws -> [CertificateRecord]
    /// One certificate by id or code, or nil.
    func certificate(idOrCode: String) async throws -> CertificateRecord?
    /// A learner's certificates, oldest first.
    func certificates(learner ref: String) async throws -> [CertificateRecord]
    /// Withdraws a certificate with a reason.
    func revokeCertificate(id: String, reason: String, by authorisation: Authorisation) async throws
}

/// Consent, access, portability and erasure.
public protocol DataRightsStore: Sendable {
    /// Records consent decisions for a learner, keeping the history.
    func recordConsent(learner ref: String, _ decisions: [ConsentRecord.Purpose: Bool], by authorisation: Authorisation) async throws
    /// A learner's consent decisions, oldest first.
    func consentHistory(learner ref: String) async throws -> [ConsentRecord]
    /// Everything held about a learner.
    func exportLearner(_ ref: String) async throws -> LearnerExport
    /// Records that a learner's data was exported, and where to.
    func recordLearnerExport(_ ref: String, file: String, by authorisation: Authorisation) async throws
    /// Removes every personal field of a learner, keeping the anonymous facts; returns the certificate files recorded
    /// for them, which the caller removes. Freed space is overwritten.
    func eraseLearner(_ ref: String, reason: String, by authorisation: Authorisation) async throws -> [String]
    /// Learners with no activity since the given day, not yet erased.
    func inactiveLearners(since day: Day) async throws -> [(ref: String, lastActive: String)]
}

/// The hash-chained audit trail.
public protocol AuditStore: Sendable {
    /// Audit entries matching a filter, newest first.
    func auditLog(_ filter: AuditFilter) async throws -> [AuditEntry]
    /// Walks the whole chain and reports the first break, if any.
    func verifyAudit() async throws -> AuditCheck
}

/// What reports read.
public protocol ReportStore: Sendable {
    /// The regional report's input, read in one snapshot with one pass over the sessions.
    func reportInput(curriculum: Curriculum) async throws -> ReportInput
    /// Each tutor's delivered sessions and minutes between two days (both included).
    func tutorHours(from: Day?, to: Day?) async throws -> [TutorHours]
}

/// Bulk import of CSV files, all rows or none.
public protocol ImportStore: Sendable {
    /// Imports a whole file read in chunks (nil at the end) in one transaction; `progress` hears bytes and rows.
    func importFile(
        _ request: ImportRequest, by authorisation: Authorisation, nextChunk: () throws -> [UInt8]?,
        progress: (_ bytes: Int, _ rows: Int) -> Void
    ) async throws -> ImportSummary
}
