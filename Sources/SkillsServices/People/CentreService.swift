import SkillsCore
import SkillsStore

/// Centres: adding and listing the places where learning happens.
public struct CentreService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// Adds a centre in a known region, named by its code or its name.
    public func add(_ centre: Centre, by actor: String) async throws {
        try FieldValidation.check([
            FieldValidation.reference("ref", centre.ref), FieldValidation.name("name", centre.name),
        ])
        var centre = centre
        centre.regionCode = RegionLookup(try await context.store.regions()).code(for: centre.regionCode) ?? centre.regionCode
        let checked = centre
        try await context.gate.recordingRefusal {
            try await context.store.addCentre(checked, by: Authorisation(actor, .manageProgramme))
        }
    }

    /// Every centre, by ref.
    public func list(by actor: String) async throws -> [Centre] {
        try await context.gate.check(Authorisation(actor, .read))
        return try await context.store.centres()
    }

    /// Places a centre in a local authority of its region, named or coded as in the reference table; how a
    /// coordinator fixes a centre the regional report could not place. Returns the authority.
    public func setLocalAuthority(of ref: String, to authority: String, by actor: String) async throws -> LocalAuthorityReference {
        try await context.gate.check(Authorisation(actor, .manageProgramme))
        let centre = try await context.store.centre(ref)
        let reference = try ReportService.localAuthorities().filter { $0.regionCode == centre.regionCode }
        let matcher = LocalAuthorityMatcher(reference)
        guard let found = matcher.match(authority) else {
            throw ServiceError.unknown(.localAuthority, authority, nearest: matcher.suggestion(for: authority))
        }
        try await context.gate.recordingRefusal {
            try await context.store.setLocalAuthority(of: centre.ref, to: reference[found].name, by: Authorisation(actor, .manageProgramme))
        }
        return reference[found]
    }
}
