import SkillsCore
import Testing

@Suite("Progress and awards")
struct ProgressTests {
    static let curriculum = Curriculum(
        id: "tiny", version: 1, title: "Tiny", framework: "Test",
        areas: [SkillArea(id: "a", title: "A"), SkillArea(id: "b", title: "B")],
        modules: [
            Module(
                id: "A1", title: "A one", area: "a", hours: 1,
                outcomes: [
                    Outcome(id: "A1.1", text: "I can one.", digComp: ["1.1"]), Outcome(id: "A1.2", text: "I can two.", digComp: ["1.1"]),
                ]),
            Module(
                id: "B1", title: "B one", area: "b", hours: 1,
                outcomes: [
                    Outcome(id: "B1.1", text: "I can three.", digComp: ["4.2"]), Outcome(id: "B1.2", text: "I can four.", digComp: ["4.2"]),
                ]),
        ],
        awards: [
            .everyModule, .everyArea,
            .curriculum(
                CurriculumAward(
                    id: "tiny", title: "Tiny award",
                    requirements: [
                        AreaRequirement(area: "a", amount: .all), AreaRequirement(area: "b", amount: .atLeast(1)),
                    ])),
        ])

    static func day(_ text: String) -> Day { Day(iso: text)! }

    @Test("per-area counts, modules completed and the next module")
    func counts() {
        let progress = LearnerProgress(
            curriculum: Self.curriculum, achieved: ["A1.1": Self.day("2026-01-01"), "A1.2": Self.day("2026-01-08")], sessions: 2,
            minutes: 90)
        #expect(progress.areas.map(\.achieved) == [2, 0])
        #expect(progress.modulesCompleted == ["A1"])
        #expect(progress.nextModule == "B1")
        #expect(progress.awardsEarned.map(\.subject) == ["A1", "a"])
    }

    @Test("the curriculum award needs all of area a and one of area b, dated when the last requirement was met")
    func curriculumAward() {
        let achieved = ["A1.1": Self.day("2026-01-01"), "A1.2": Self.day("2026-01-08"), "B1.2": Self.day("2026-02-01")]
        let awards = AwardEligibility.earned(in: Self.curriculum, achieved: achieved)
        let award = awards.first { $0.kind == .curriculum }
        #expect(award?.earnedOn == Self.day("2026-02-01"))
        #expect(AwardEligibility.earned(in: Self.curriculum, achieved: ["B1.1": Self.day("2026-01-01")]).isEmpty)
    }

    @Test("validation finds dangling areas, duplicates and unknown DigComp codes")
    func validation() {
        var broken = Self.curriculum
        broken.modules[1].area = "c"
        broken.modules[1].outcomes[1].id = "B1.1"
        broken.modules[0].outcomes[0].digComp = ["6.1"]
        let messages = CurriculumValidator.problems(in: broken).map(\.message)
        #expect(messages.contains { $0.contains("area 'c'") })
        #expect(messages.contains { $0.contains("'B1.1' is used twice") })
        #expect(messages.contains { $0.contains("'6.1'") })
        #expect(CurriculumValidator.problems(in: Self.curriculum).isEmpty)
    }
}
