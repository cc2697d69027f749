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

    /// Corrects a recorded session: its date, length, mode or tutor for everyone in it, or one learner's outcomes or
    /// notes (the only learner's, when there is one). The same rules as recording apply; the reason is audited.
    public func correct(_ correction: SessionCorrection, by actor: String) async throws {
        var checked = correction
        var problems: [FieldProblem?] = [
            correction.date.flatMap { date in
                FieldRules.sessionDateProblem(date, today: context.clock.today).map {
                    FieldProblem(field: "date", value: date.description, rule: $0, hint: "give the day the session happened")
                }
            },
            correction.minutes.flatMap { minutes in
                FieldRules.minutesProblem(minutes).map { FieldProblem(field: "minutes", value: String(minutes), rule: $0) }
            },
            correction.notes.flatMap { notes in FieldRules.notesProblem(notes).map { FieldProblem(field: "notes", value: notes, rule: $0) }
            },
            Self.reasonProblem(correction.reason),
        ]
        if correction.isEmpty {
            problems.append(
                FieldProblem(field: "session", value: correction.ref, rule: "nothing to change", hint: "say what is wrong with it"))
        }
        try FieldValidation.check(problems)
        checked.outcomeIDs = correction.outcomeIDs.map { Array(Set($0)).sorted() }
        let learners = try await context.store.sessionLearners(correction.ref)
        if correction.changesLearnerRow {
            if let learner = correction.learner {
                guard learners.contains(learner) else {
                    throw ServiceError.invalid(
                        field: "learner", value: learner, "'\(learner)' was not at session '\(correction.ref)'",
                        hint: "it had \(learners.joined(separator: ", "))")
                }
            } else if learners.count == 1 {
                checked.learner = learners[0]
            } else {
                throw ServiceError.invalid(
                    field: "learner", value: "", "session '\(correction.ref)' had \(learners.count) learners",
                    hint: "name the one whose outcomes or notes change: \(learners.joined(separator: ", "))")
            }
        }
        let final = checked
        try await context.gate.recordingRefusal {
            try await context.store.correctSession(final, by: Authorisation(actor, .recordSession, learners: learners))
        }
    }

    /// Removes a session recorded by mistake, or one learner from it; returns the learners removed. Audited with the
    /// reason; certificates already issued stay valid, as they certify what was recorded when they were issued.
    public func remove(_ ref: String, learner: String?, reason: String, by actor: String) async throws -> [String] {
        try FieldValidation.check([Self.reasonProblem(reason)])
        let learners = try await context.store.sessionLearners(ref)
        return try await context.gate.recordingRefusal {
            try await context.store.removeSession(
                ref, learner: learner, reason: reason, by: Authorisation(actor, .recordSession, learners: learner.map { [$0] } ?? learners))
        }
    }

    private static func reasonProblem(_ reason: String) -> FieldProblem? {
        reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            ? FieldProblem(field: "reason", value: reason, rule: "the reason is empty", hint: "say why, for the audit trail") : nil
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
        scoped.centre = try await context.gate.learnerScope(actor, asking: try await context.centreRef(filter.centre))
        if let learner = filter.learner {
            try await context.gate.check(Authorisation(actor, .readLearners, learners: [learner]))
        }
        return try await context.store.sessions(scoped)
    }
}
