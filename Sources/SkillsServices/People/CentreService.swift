import SkillsCore
import SkillsStore

/// Centres: adding and listing the places where learning happens.
public struct CentreService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// Adds a centre in a known region.
    public func add(_ centre: Centre, by actor: String) async throws {
        try FieldValidation.check([
            FieldValidation.reference("ref", centre.ref), FieldValidation.name("name", centre.name),
        ])
        try await context.gate.recordingRefusal {
            try await context.store.addCentre(centre, by: Authorisation(actor, .manageProgramme))
        }
    }

    /// Every centre, by ref.
    public func list(by actor: String) async throws -> [Centre] {
        try await context.gate.check(Authorisation(actor, .read))
        return try await context.store.centres()
    }
}
