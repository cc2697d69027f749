import Foundation
import SkillsCore
import SkillsStore

/// A small programme written through the store protocols only: two regions, two centres, a tutor, two learners, and
/// the people allowed to act.
struct ContractProgramme {
    let store: any ProgrammeStore

    /// The administrator who created the programme.
    static let admin = "admin"
    /// A coordinator, who may act everywhere.
    static let coordinator = "priya"
    /// A tutor at CARD-01.
    static let tutor = "aled"

    static let curriculum = Curriculum(
        id: "mini", version: 1, title: "Mini skills", framework: "Test framework",
        areas: [SkillArea(id: "found", title: "Foundations"), SkillArea(id: "safe", title: "Staying safe")],
        modules: [
            Module(
                id: "F1", title: "Devices", area: "found", hours: 2,
                outcomes: [
                    Outcome(id: "F1.1", text: "I can turn on a device", digComp: ["5.1"]),
                    Outcome(id: "F1.2", text: "I can use a mouse", digComp: ["5.1"]),
                ]),
            Module(
                id: "S1", title: "Passwords", area: "safe", hours: 1,
                outcomes: [Outcome(id: "S1.1", text: "I can make a strong password", digComp: ["4.1"])]),
        ])

    static func region(_ code: String, _ name: String, population: Int, need: Double) -> Region {
        Region(
            code: code, name: name, nameWelsh: nil, tileRow: 1, tileColumn: 1, population: population, populationKind: "all ages",
            populationYear: 2021, populationSource: "test", needShare: need, needMeasure: "test", needYear: 2018,
            needSource: "test")
    }

    /// Sets the programme up and returns it.
    static func make(_ kind: String) async throws -> ContractProgramme {
        let store = try await ContractStores.make(kind)
        try await store.initialise(name: "Contract Programme", verifyURL: nil, by: admin)
        let manage = Authorisation(admin, .manageProgramme)
        try await store.loadRegions(
            [
                region("W92000004", "Wales", population: 3_000_000, need: 0.2),
                region("E12000003", "Yorkshire", population: 5_000_000, need: 0.1),
            ],
            source: "contract", by: manage)
        _ = try await store.loadCurriculum(curriculum, by: manage)
        try await store.addCentre(Centre(ref: "CARD-01", name: "Cardiff Library", regionCode: "W92000004"), by: manage)
        try await store.addCentre(Centre(ref: "BRAD-01", name: "Bradford Library", regionCode: "E12000003"), by: manage)
        try await store.addTutor(Tutor(ref: "T-ALED", name: "Aled Rees", centreRef: "CARD-01"), by: manage)
        try await store.addTutor(Tutor(ref: "T-PRIYA", name: "Priya Shah", centreRef: "BRAD-01"), by: manage)
        let roles = Authorisation(admin, .manageRoles)
        try await store.addActor(ProgrammeActor(name: coordinator, role: .coordinator, centreRef: nil), by: roles)
        try await store.addActor(ProgrammeActor(name: tutor, role: .tutor, centreRef: "CARD-01"), by: roles)
        let programme = ContractProgramme(store: store)
        _ = try await programme.enrol("L-A", "Anwen", at: "CARD-01")
        _ = try await programme.enrol("L-B", "Bilal", at: "BRAD-01")
        return programme
    }

    /// Enrols a learner as the coordinator; an empty ref lets the store choose.
    func enrol(_ ref: String, _ name: String, at centre: String) async throws -> String {
        try await store.enrolLearner(
            Learner(ref: ref, name: name, centreRef: centre, enrolledOn: Day(iso: "2026-09-01")!), contact: false,
            by: Authorisation(Self.coordinator, .manageLearners, centres: [centre]))
    }

    /// Records a session as the coordinator; an empty ref lets the store choose.
    func record(
        _ ref: String = "", learners: [String], tutor: String = "T-ALED", outcomes: [String] = [], on day: String = "2026-11-20"
    ) async throws -> String {
        try await store.recordSession(
            Session(
                ref: ref, date: Day(iso: day)!, minutes: 45, mode: .inPerson, tutorRef: tutor, learnerRefs: learners,
                outcomeIDs: outcomes),
            allowOtherCentre: true, by: Authorisation(Self.coordinator, .recordSession, learners: learners))
    }
}
