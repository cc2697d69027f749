import Foundation
import SkillsCore

/// Learners and their enrolment.
public protocol LearnerStore: Sendable {
    /// Enrols a learner; an empty ref gets the next free one. Returns the ref.
    func enrolLearner(_ learner: Learner, contact: Bool, by authorisation: Authorisation) async throws -> String
    /// Replaces a learner's details, auditing what changed under the given audit action, and records `decisions` as consent
    /// decisions in the same transaction (the learner's flags already say them).
    func updateLearner(
        _ learner: Learner, action: String, consentDecisions decisions: [ConsentRecord.Purpose: Bool], by authorisation: Authorisation
    ) async throws
    /// Learners, optionally at one centre or with one status, by ref.
    func learners(centre: String?, status: Learner.Status?) async throws -> [Learner]
    /// One learner, or `ServiceError.unknown` with the nearest ref.
    func learner(_ ref: String) async throws -> Learner
    /// A learner's progress against a curriculum (the programme's main one when nil).
    func progress(of ref: String, curriculumID: String?) async throws -> LearnerProgress
}
