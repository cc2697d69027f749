import Foundation
import SkillsCore

/// Consent, access, portability and erasure.
public protocol DataRightsStore: Sendable {
    /// Records consent decisions for a learner, keeping the history.
    func recordConsent(learner ref: String, _ decisions: [ConsentRecord.Purpose: Bool], by authorisation: Authorisation) async throws
    /// A learner's consent decisions, oldest first.
    func consentHistory(learner ref: String) async throws -> [ConsentRecord]
    /// A learner's sessions and every audit entry about them, for their export.
    func learnerRecords(_ ref: String) async throws -> LearnerRecords
    /// Records that a learner's data was exported, and where to.
    func recordLearnerExport(_ ref: String, file: String, by authorisation: Authorisation) async throws
    /// Removes every personal field of the learners, keeping the anonymous facts; returns the certificate files
    /// recorded for them, which the caller removes. Freed space is overwritten. A store that is also an `AccountStore`
    /// deletes the learners' access codes and the web sessions those codes opened in the same transaction.
    func eraseLearners(_ erasures: [LearnerErasure], by authorisation: Authorisation) async throws -> [CertificateFile]
    /// Certificate files erasures recorded for removal and not yet confirmed gone.
    func pendingFileRemovals() async throws -> [(id: Int64, file: CertificateFile)]
    /// Confirms that pending files are gone (or were never this programme's to remove).
    func confirmFileRemovals(_ ids: [Int64]) async throws
    /// Learners with no activity since the given day, not yet erased.
    func inactiveLearners(since day: Day) async throws -> [(ref: String, lastActive: String)]
    /// Records a learner's own request to be erased, waiting for a coordinator. The learner's access code is the
    /// authority, so no actor is checked; asking again replaces the reason of a request still waiting.
    func recordErasureRequest(learner ref: String, reason: String) async throws
    /// Sets the day a learner will be erased, replacing any request or earlier day; audited.
    func scheduleErasure(learner ref: String, on day: Day, reason: String, by authorisation: Authorisation) async throws
    /// Withdraws a request or a scheduled erasure; audited. Throws when there is none.
    func cancelErasure(learner ref: String, reason: String, by authorisation: Authorisation) async throws
    /// Every erasure asked for or scheduled and not yet carried out, by learner ref.
    func erasureRequests() async throws -> [ErasureRequest]
}
