import SkillsCore
import Testing

@Suite("Access rules")
struct AccessRulesTests {
    let tutor = ProgrammeActor(name: "aled", role: .tutor, centreRef: "CARD-01")
    let coordinator = ProgrammeActor(name: "priya", role: .coordinator, centreRef: nil)

    @Test("tutors act only for learners at their own centre")
    func centreScope() {
        #expect(AccessRules.refusal(for: tutor, name: "aled", .recordSession, centres: ["CARD-01"]) == nil)
        #expect(
            AccessRules.refusal(for: tutor, name: "aled", .recordSession, centres: ["CARD-01", "BRAD-01"])?.reason
                == .otherCentre(own: "CARD-01", other: "BRAD-01"))
        #expect(AccessRules.refusal(for: coordinator, name: "priya", .recordSession, centres: ["BRAD-01"]) == nil)
    }

    @Test("roles are cumulative", arguments: ProgrammeAction.allCases)
    func cumulative(_ action: ProgrammeAction) {
        let administrator = ProgrammeActor(name: "admin", role: .administrator, centreRef: nil)
        #expect(AccessRules.refusal(for: administrator, name: "admin", action) == nil)
        #expect((AccessRules.refusal(for: tutor, name: "aled", action) == nil) == (action.minimumRole == .tutor))
        #expect((AccessRules.refusal(for: coordinator, name: "priya", action) == nil) == (action.minimumRole != .administrator))
    }

    @Test("someone unregistered is refused as unregistered")
    func unregistered() {
        #expect(AccessRules.refusal(for: nil, name: "stranger", .read)?.reason == .notRegistered)
    }
}
