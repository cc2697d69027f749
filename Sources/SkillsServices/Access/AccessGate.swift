import SkillsCore
import SkillsStore

/// Applies the access rules for every request and writes every refusal into the audit trail.
///
/// Reads are checked here; changes are checked by the store inside their own write transaction (see
/// `Authorisation`), and a refusal found there is recorded here after that transaction has rolled back.
struct AccessGate: Sendable {
    let store: any ProgrammeStore

    /// Throws, after recording it, the refusal of a request the actor may not make; returns the registered actor.
    @discardableResult
    func check(_ authorisation: Authorisation) async throws -> ProgrammeActor? {
        try Self.validate(actorName: authorisation.actorName)
        let actor = try await store.actor(named: authorisation.actorName)
        let centres = try await store.centreRefs(ofLearners: authorisation.learners)
        try await recordingRefusal { try authorisation.check(actor: actor, learnerCentres: centres) }
        return actor
    }

    /// Checks that the actor may read learners' details, and returns the one centre they may read, or nil for
    /// everywhere: a tutor reads only their own centre's learners, and asking for another centre is refused.
    func learnerScope(_ actorName: String, asking centre: String?) async throws -> String? {
        let actor = try await check(Authorisation(actorName, .readLearners, centres: centre.map { [$0] } ?? []))
        guard let actor, actor.role == .tutor else { return centre }
        return actor.centreRef
    }

    /// Runs a request, recording in the audit trail the refusal it may end in.
    func recordingRefusal<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch ServiceError.refused(let refusal) {
            try Self.validate(actorName: refusal.actorName)
            try await store.recordRefusal(refusal)
            throw ServiceError.refused(refusal)
        }
    }

    /// Refuses a name that would break the audit trail or pass for someone else: one with a line break, a control
    /// character or an invisible formatting character ("admin" followed by a zero-width space).
    static func validate(actorName: String) throws {
        if let problem = FieldRules.nameProblem(actorName) {
            throw ServiceError.invalid(field: "as", value: actorName, "who is acting: \(problem)")
        }
    }
}
