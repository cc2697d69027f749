import SkillsCore
import SkillsStore

/// Erasures that wait: a learner's own request for a coordinator to confirm, and erasures a coordinator sets for a day.
extension DataRightsService {
    /// Sets the day a learner will be erased (`retention apply` carries it out on or after that day); it replaces any
    /// request or earlier day. The day must be after today: to erase today, erase now.
    public func scheduleErasure(_ ref: String, on day: Day, reason: String, by actor: String) async throws {
        let today = context.clock.today
        guard day > today else {
            throw ServiceError.invalid(
                field: "on", value: day.description, "\(day) is not after today (\(today))", hint: "to erase today, erase now without a day"
            )
        }
        try await context.gate.recordingRefusal {
            try await context.store.scheduleErasure(
                learner: ref, on: day, reason: reason, by: Authorisation(actor, .eraseLearnerData, learners: [ref]))
        }
    }

    /// Withdraws a learner's request or a scheduled erasure, saying why.
    public func cancelErasure(_ ref: String, reason: String, by actor: String) async throws {
        try await context.gate.recordingRefusal {
            try await context.store.cancelErasure(
                learner: ref, reason: reason, by: Authorisation(actor, .eraseLearnerData, learners: [ref]))
        }
    }

    /// Every erasure asked for or scheduled and not yet carried out: for the coordinators who confirm them.
    public func erasureRequests(by actor: String) async throws -> [ErasureRequest] {
        try await context.gate.check(Authorisation(actor, .eraseLearnerData))
        return try await context.store.erasureRequests()
    }

    /// The erasure asked for or scheduled for one learner, if any: shown with the learner.
    public func erasureRequest(of ref: String, by actor: String) async throws -> ErasureRequest? {
        try await context.gate.check(Authorisation(actor, .readLearners, learners: [ref]))
        return try await pendingErasure(of: ref)
    }

    /// The one learner's row among those waiting, with no access check: for callers that have made their own (a
    /// learner's access code is its own authority).
    func pendingErasure(of ref: String) async throws -> ErasureRequest? {
        try await context.store.erasureRequests().first { $0.learnerRef == ref }
    }
}
