import Foundation
import SkillsCore

/// Sessions: one `session_ref`, one or more learners.
public protocol SessionStore: Sendable {
    /// Records a session for one learner or a group; an empty ref gets the next free one. Returns the ref.
    func recordSession(_ session: Session, allowOtherCentre: Bool, by authorisation: Authorisation) async throws -> String
    /// Sessions matching a filter, newest first, with how many matched.
    func sessions(_ filter: SessionFilter) async throws -> (sessions: [SessionListing], total: Int)
    /// The refs of the learners in a session, to authorise a change against their centres; an unknown session is an
    /// error naming the nearest ref.
    func sessionLearners(_ ref: String) async throws -> [String]
    /// Corrects a recorded session, checking the new tutor, dates and outcomes as `recordSession` does; audited with
    /// the correction's reason.
    func correctSession(_ correction: SessionCorrection, by authorisation: Authorisation) async throws
    /// Removes a session, or one learner from it; audited with the reason. Returns the learners removed from it.
    func removeSession(_ ref: String, learner: String?, reason: String, by authorisation: Authorisation) async throws -> [String]
}
