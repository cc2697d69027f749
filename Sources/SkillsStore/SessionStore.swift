import Foundation
import SkillsCore

/// Sessions: one `session_ref`, one or more learners.
public protocol SessionStore: Sendable {
    /// Records a session for one learner or a group; an empty ref gets the next free one. Returns the ref.
    func recordSession(_ session: Session, allowOtherCentre: Bool, by authorisation: Authorisation) async throws -> String
    /// Sessions matching a filter, newest first, with how many matched.
    func sessions(_ filter: SessionFilter) async throws -> (sessions: [SessionListing], total: Int)
}
