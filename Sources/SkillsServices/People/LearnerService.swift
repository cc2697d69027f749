import SkillsCore
import SkillsStore

/// Learners: enrolling, changing, withdrawing, listing, and their progress.
public struct LearnerService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// Enrols a learner; an empty ref gets the next free one. Returns the ref.
    public func enrol(_ learner: Learner, contact: Bool, by actor: String) async throws -> String {
        var learner = learner
        learner.centreRef = try await context.centreRef(learner.centreRef)
        try validate(&learner, isNew: true)
        let checked = learner
        return try await context.gate.recordingRefusal {
            try await context.store.enrolLearner(
                checked, contact: contact, by: Authorisation(actor, .manageLearners, centres: [checked.centreRef]))
        }
    }

    /// Checks a new learner's fields as `enrol` does, writing nothing: a form that asks more (such as consent) can then
    /// show every problem at once.
    public func checkEnrolment(_ learner: Learner) async throws {
        var learner = learner
        learner.centreRef = try await context.centreRef(learner.centreRef)
        try validate(&learner, isNew: true)
    }

    /// The centres an actor may enrol learners at, for a form to offer: a tutor's own centre, or every centre.
    public func enrolmentCentres(by actor: String) async throws -> [Centre] {
        let own = try await context.gate.learnerScope(actor, asking: nil)
        let centres = try await context.store.centres()
        return own.map { own in centres.filter { $0.ref == own } } ?? centres
    }

    /// Changes a learner's details: `change` edits the stored learner, and what changed is audited. A change to the
    /// open statistics consent is a consent decision: it is recorded as one, in the same transaction, so the learner's
    /// consent history shows who changed it and when, as it does when the decision is made with `learner consent`.
    public func update(_ ref: String, by actor: String, _ change: (inout Learner) throws -> Void) async throws -> Learner {
        try await context.gate.check(Authorisation(actor, .manageLearners, learners: [ref]))
        let stored = try await context.store.learner(ref)
        var learner = stored
        try change(&learner)
        learner.centreRef = try await context.centreRef(learner.centreRef)
        try validate(&learner, isNew: false)
        let checked = learner
        let decisions: [ConsentRecord.Purpose: Bool] =
            checked.openDataConsent == stored.openDataConsent ? [:] : [.openStatistics: checked.openDataConsent]
        try await context.gate.recordingRefusal {
            try await context.store.updateLearner(
                checked, action: "learner.update", consentDecisions: decisions,
                by: Authorisation(actor, .manageLearners, learners: [ref], centres: [checked.centreRef]))
        }
        return checked
    }

    /// Marks a learner as withdrawn; their achievements stay.
    public func withdraw(_ ref: String, by actor: String) async throws {
        try await context.gate.check(Authorisation(actor, .manageLearners, learners: [ref]))
        var learner = try await context.store.learner(ref)
        guard learner.status != .withdrawn else { throw ServiceError.conflict(.learnerWithdrawn(ref)) }
        learner.status = .withdrawn
        let withdrawn = learner
        try await context.gate.recordingRefusal {
            try await context.store.updateLearner(
                withdrawn, action: "learner.withdraw", consentDecisions: [:], by: Authorisation(actor, .manageLearners, learners: [ref]))
        }
    }

    /// Learners, optionally at one centre or with one status, by ref.
    /// A tutor sees only their own centre's learners.
    public func list(centre: String?, status: Learner.Status?, by actor: String) async throws -> [Learner] {
        let scope = try await context.gate.learnerScope(actor, asking: try await context.centreRef(centre))
        return try await context.store.learners(centre: scope, status: status)
    }

    /// One learner.
    public func show(_ ref: String, by actor: String) async throws -> Learner {
        let learner = try await context.store.learner(ref)
        try await context.gate.check(Authorisation(actor, .readLearners, learners: [ref]))
        return learner
    }

    /// A learner with their progress against a curriculum (the programme's main one when nil).
    public func progress(of ref: String, curriculum: String?, by actor: String) async throws -> (Learner, LearnerProgress) {
        let learner = try await show(ref, by: actor)
        return (learner, try await context.store.progress(of: ref, curriculumID: curriculum))
    }

    /// Checks every field a person typed, tidying the postcode district, and throws every problem at once.
    func validate(_ learner: inout Learner, isNew: Bool) throws {
        let today = context.clock.today
        var problems = [FieldValidation.name("name", learner.name)]
        if isNew, !learner.ref.isEmpty { problems.append(FieldValidation.reference("ref", learner.ref)) }
        if !FieldRules.isLanguageTag(learner.preferredLanguage) {
            problems.append(
                FieldProblem(
                    field: "language", value: learner.preferredLanguage, rule: "'\(learner.preferredLanguage)' is not a language tag",
                    hint: "use one like en, cy, ar or pt-BR"))
        }
        if let year = learner.yearOfBirth, let problem = FieldRules.yearOfBirthProblem(year, today: today) {
            problems.append(FieldProblem(field: "born", value: String(year), rule: problem))
        }
        if let postcode = learner.postcodeDistrict {
            if let district = FieldRules.postcodeDistrict(postcode) {
                learner.postcodeDistrict = district
            } else {
                problems.append(
                    FieldProblem(
                        field: "postcode", value: postcode, rule: "'\(postcode)' is not a postcode district",
                        hint: "give only the first part, such as CF10"))
            }
        }
        problems.append(FieldValidation.notInFuture("enrolled", learner.enrolledOn, today: today))
        try FieldValidation.check(problems)
    }
}
