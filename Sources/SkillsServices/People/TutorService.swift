import SkillsCore
import SkillsStore

/// Tutors: adding, changing and listing them, and the safeguarding checks that lapse soon.
public struct TutorService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// Adds a tutor at a known centre.
    public func add(_ tutor: Tutor, by actor: String) async throws {
        try Self.validate(tutor, isNew: true)
        var placed = tutor
        placed.centreRef = try await context.centreRef(tutor.centreRef)
        let checked = placed
        try await context.gate.recordingRefusal {
            try await context.store.addTutor(checked, by: Authorisation(actor, .manageProgramme))
        }
    }

    /// Changes a tutor's details: `change` edits the stored tutor, and what changed is audited.
    public func update(_ ref: String, by actor: String, _ change: (inout Tutor) throws -> Void) async throws -> Tutor {
        try await context.gate.check(Authorisation(actor, .manageProgramme))
        var tutor = try await context.store.tutor(ref)
        try change(&tutor)
        tutor.centreRef = try await context.centreRef(tutor.centreRef)
        try Self.validate(tutor, isNew: false)
        try await context.gate.recordingRefusal {
            try await context.store.updateTutor(tutor, by: Authorisation(actor, .manageProgramme))
        }
        return tutor
    }

    /// Tutors, optionally at one centre, by ref.
    public func list(centre: String?, by actor: String) async throws -> [Tutor] {
        try await context.gate.check(Authorisation(actor, .read))
        return try await context.store.tutors(centre: try await context.centreRef(centre))
    }

    /// One tutor.
    public func show(_ ref: String, by actor: String) async throws -> Tutor {
        try await context.gate.check(Authorisation(actor, .read))
        return try await context.store.tutor(ref)
    }

    /// The tutor a signed-in person is: the tutor at their centre whose ref is their actor name, or else whose name
    /// is; nil when none matches (coordinators and administrators usually have none).
    public func tutor(forActor actor: String) async throws -> Tutor? {
        guard let person = try await context.gate.check(Authorisation(actor, .read)) else { return nil }
        let candidates = try await context.store.tutors(centre: person.centreRef)
        let wanted = actor.lowercased()
        return candidates.first { $0.ref.lowercased() == wanted } ?? candidates.first { $0.name.lowercased() == wanted }
    }

    /// Active tutors whose check lapses within the given days, or has lapsed, or was never recorded: `limit` of them
    /// from `offset`, most urgent first, and how many there are in all.
    public func expiring(
        within days: Int, limit: Int, offset: Int = 0, by actor: String
    ) async throws -> (tutors: [Tutor], total: Int) {
        guard days >= 0 else { throw ServiceError.invalid(field: "within", value: String(days), "\(days) must be 0 or more days") }
        guard limit > 0 else { throw ServiceError.invalid(field: "limit", value: String(limit), "\(limit) must be 1 or more") }
        guard offset >= 0 else { throw ServiceError.invalid(field: "start", value: String(offset), "\(offset) must be 0 or more") }
        try await context.gate.check(Authorisation(actor, .read))
        return try await context.store.activeTutorsLapsing(by: context.clock.today.adding(days: days), limit: limit, offset: offset)
    }

    static func validate(_ tutor: Tutor, isNew: Bool) throws {
        var problems = [FieldValidation.name("name", tutor.name)]
        if isNew { problems.append(FieldValidation.reference("ref", tutor.ref)) }
        if let checked = tutor.dbsCheckedOn, let expires = tutor.dbsExpiresOn, expires <= checked {
            problems.append(
                FieldProblem(field: "dbs_expires", value: expires.description, rule: "\(expires) is not after the check on \(checked)"))
        }
        try FieldValidation.check(problems)
    }
}
