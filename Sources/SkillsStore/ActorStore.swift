import Foundation
import SkillsCore

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
