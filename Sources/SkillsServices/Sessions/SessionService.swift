import SkillsCore
import SkillsStore

/// Sessions: recording one learner or a group, and listing them.
///
/// A session is one `session_ref`: a one-to-one session has one learner, a group session several, each with what
/// they achieved. Listing, reports and import all count sessions this way (docs/architecture.md).
public struct SessionService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// Records a session; an empty ref gets the next free one. Returns the ref.
    public func record(_ session: Session, allowOtherCentre: Bool, by actor: String) async throws -> String {
        var problems = [
            FieldRules.sessionDateProblem(session.date, today: context.clock.today).map {
                FieldProblem(field: "date", value: session.date.description, rule: $0, hint: "record sessions on the day they happened")
            },
            FieldRules.minutesProblem(session.minutes).map { FieldProblem(field: "minutes", value: String(session.minutes), rule: $0) },
            session.notes.flatMap(FieldRules.notesProblem).map { FieldProblem(field: "notes", value: session.notes ?? "", rule: $0) },
        ]
        if !session.ref.isEmpty { problems.append(FieldValidation.reference("ref", session.ref)) }
        if session.learnerRefs.isEmpty {
            problems.append(FieldProblem(field: "learner", value: "", rule: "name at least one learner"))
        } else if Set(session.learnerRefs).count != session.learnerRefs.count {
            problems.append(
                FieldProblem(field: "learner", value: session.learnerRefs.joined(separator: " "), rule: "a learner is given twice"))
        }
        try FieldValidation.check(problems)
        var tidy = session
        tidy.outcomeIDs = Array(Set(session.outcomeIDs)).sorted()
        let checked = tidy
        return try await context.gate.recordingRefusal {
            try await context.store.recordSession(
                checked, allowOtherCentre: allowOtherCentre, by: Authorisation(actor, .recordSession, learners: checked.learnerRefs))
        }
    }

    /// Records a session unless its ref already holds exactly this session, so a retried request or an offline queue
    /// sent twice changes nothing. Returns the ref and whether it was recorded now; a ref holding a different session
    /// is still a conflict.
    public func recordOnce(_ session: Session, allowOtherCentre: Bool, by actor: String) async throws -> (ref: String, recorded: Bool) {
        do {
            return (try await record(session, allowOtherCentre: allowOtherCentre, by: actor), true)
        } catch ServiceError.conflict(.learnerAlreadyInSession(let ref, let learner)) where ref == session.ref {
            let sameDay = SessionFilter(learner: learner, from: session.date, to: session.date, limit: 1000)
            guard let stored = try await list(sameDay, by: actor).sessions.first(where: { $0.ref == ref }), Self.holds(stored, session)
            else { throw ServiceError.conflict(.learnerAlreadyInSession(session: ref, learner: learner)) }
            return (ref, false)
        }
    }

    /// Whether a stored session is exactly the one given: the same day, tutor, length, mode, learners, outcomes,
    /// modules and notes.
    static func holds(_ stored: SessionListing, _ session: Session) -> Bool {
        stored.date == session.date && stored.tutorRef == session.tutorRef && stored.minutes == session.minutes
            && stored.mode == session.mode.rawValue && Set(stored.learnerRefs) == Set(session.learnerRefs)
            && Set(stored.outcomeIDs) == Set(session.outcomeIDs) && Set(stored.moduleIDs) == Set(session.moduleIDs)
            && (stored.notes ?? "") == (session.notes ?? "")
    }

    /// Sessions matching a filter, newest first, with how many matched; a tutor sees their own centre's learners'.
    public func list(_ filter: SessionFilter, by actor: String) async throws -> (sessions: [SessionListing], total: Int) {
        guard filter.limit > 0 else {
            throw ServiceError.invalid(field: "limit", value: String(filter.limit), "\(filter.limit) must be 1 or more")
        }
        var scoped = filter
        scoped.centre = try await context.gate.learnerScope(actor, asking: filter.centre)
        if let learner = filter.learner {
            try await context.gate.check(Authorisation(actor, .readLearners, learners: [learner]))
        }
        return try await context.store.sessions(scoped)
    }
}
