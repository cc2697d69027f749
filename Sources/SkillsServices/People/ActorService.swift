import SkillsCore
import SkillsStore

/// The people registered to act on the programme, and their roles.
public struct ActorService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// Registers someone, or changes their role; a tutor needs the centre they work at.
    public func add(_ person: ProgrammeActor, by actor: String) async throws {
        var problems = [FieldValidation.name("name", person.name)]
        if person.role == .tutor, person.centreRef == nil {
            problems.append(
                FieldProblem(field: "centre", value: "", rule: "a tutor needs a centre: tutors act for learners at their centre"))
        }
        try FieldValidation.check(problems)
        var placed = person
        placed.centreRef = try await context.centreRef(person.centreRef)
        let checked = placed
        try await context.gate.recordingRefusal {
            try await context.store.addActor(checked, by: Authorisation(actor, .manageRoles))
        }
    }

    /// Everyone registered, by name.
    public func list(by actor: String) async throws -> [ProgrammeActor] {
        try await context.gate.check(Authorisation(actor, .read))
        return try await context.store.actors()
    }
}
