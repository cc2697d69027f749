import SkillsCore
import SkillsStore
import Testing

@Suite("Store contract: lapsing safeguarding checks, a page at a time", .droppingTestDatabases)
struct LapsingCheckContractTests {
    @Test(
        "checks lapsing by a day come most urgent first, a page at a time, with how many there are; inactive tutors are left out",
        arguments: ContractStores.kinds)
    func pages(_ kind: String) async throws {
        // Given: T-ALED and T-PRIYA have no check recorded; three more lapse in 5, 10 and 100 days, and an inactive one in 1.
        let programme = try await ContractProgramme.make(kind)
        let store = programme.store
        let manage = Authorisation(ContractProgramme.admin, .manageProgramme)
        let today = ContractStores.today
        for (ref, days) in [("T-LATER", 10), ("T-SOON", 5), ("T-AFTER", 100), ("T-GONE", 1)] {
            try await store.addTutor(
                Tutor(
                    ref: ref, name: "Tutor \(ref)", centreRef: "CARD-01", dbsCheckedOn: today.adding(days: -300),
                    dbsExpiresOn: today.adding(days: days)), by: manage)
        }
        var gone = try await store.tutor("T-GONE")
        gone.active = false
        try await store.updateTutor(gone, by: manage)

        let horizon = today.adding(days: 60)
        let first = try await store.activeTutorsLapsing(by: horizon, limit: 3, offset: 0)
        #expect(first.tutors.map(\.ref) == ["T-ALED", "T-PRIYA", "T-SOON"])
        #expect(first.total == 4)
        let rest = try await store.activeTutorsLapsing(by: horizon, limit: 3, offset: 3)
        #expect(rest.tutors.map(\.ref) == ["T-LATER"])
        #expect(rest.total == 4)
    }
}
