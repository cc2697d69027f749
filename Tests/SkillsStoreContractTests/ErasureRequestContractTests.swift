import Foundation
import SkillsCore
import SkillsStore
import Testing

@Suite("Store contract: erasures that wait for a coordinator or a day", .droppingTestDatabases)
struct ErasureRequestContractTests {
    static let coordinator = Authorisation(ContractProgramme.coordinator, .eraseLearnerData)

    @Test("a learner's request waits; a day replaces it; cancelling removes it; each step is audited", arguments: ContractStores.kinds)
    func requestScheduleCancel(_ kind: String) async throws {
        let store = try await ContractProgramme.make(kind).store
        try await store.recordErasureRequest(learner: "L-A", reason: "moving away")
        #expect(
            try await store.erasureRequests() == [
                ErasureRequest(learnerRef: "L-A", askedOn: "2026-11-26", askedBy: "L-A", reason: "moving away", eraseOn: nil)
            ])
        let day = Day(iso: "2027-01-31")!
        try await store.scheduleErasure(learner: "L-A", on: day, reason: "end of course", by: Self.coordinator)
        let scheduled = try #require(try await store.erasureRequests().first)
        #expect(scheduled.eraseOn == day && scheduled.askedBy == ContractProgramme.coordinator && scheduled.reason == "end of course")
        #expect(scheduled.isDue(on: day) && !scheduled.isDue(on: Day(iso: "2027-01-30")!))
        // A learner asking again does not undo a coordinator's day.
        try await store.recordErasureRequest(learner: "L-A", reason: "asked again")
        #expect(try await store.erasureRequests().first?.eraseOn == day)
        try await store.cancelErasure(learner: "L-A", reason: "changed their mind", by: Self.coordinator)
        #expect(try await store.erasureRequests().isEmpty)
        await #expect(throws: ServiceError.conflict(.noErasureScheduled(learner: "L-A"))) {
            try await store.cancelErasure(learner: "L-A", reason: "again", by: Self.coordinator)
        }
        let actions = try await store.auditLog(AuditFilter(record: "learner:L-A", limit: 100)).map(\.action)
        #expect(
            actions == [
                "learner.erasure-cancelled", "learner.erasure-request", "learner.erasure-scheduled", "learner.erasure-request",
                "learner.enrol",
            ], "\(actions)")
        #expect(try await store.verifyAudit().problem == nil)
    }

    @Test("only a coordinator sets a day; a refused request writes nothing", arguments: ContractStores.kinds)
    func onlyCoordinators(_ kind: String) async throws {
        let store = try await ContractProgramme.make(kind).store
        let before = try await store.auditLog(AuditFilter(limit: 1000)).count
        await #expect(throws: ServiceError.self) {
            try await store.scheduleErasure(
                learner: "L-A", on: Day(iso: "2027-01-31")!, reason: "x",
                by: Authorisation(ContractProgramme.tutor, .eraseLearnerData, learners: ["L-A"]))
        }
        await #expect(throws: ServiceError.self) { try await store.recordErasureRequest(learner: "L-NOBODY", reason: "x") }
        #expect(try await store.erasureRequests().isEmpty)
        #expect(try await store.auditLog(AuditFilter(limit: 1000)).count == before)
    }

    @Test(
        "erasing the learner removes the request with the reason, and an erased learner cannot ask again", arguments: ContractStores.kinds)
    func erasureRemovesRequest(_ kind: String) async throws {
        let store = try await ContractProgramme.make(kind).store
        try await store.recordErasureRequest(learner: "L-A", reason: "my landlord reads my post")
        _ = try await store.eraseLearners(
            [LearnerErasure(ref: "L-A", reason: "learner's request")], by: Authorisation(ContractProgramme.coordinator, .eraseLearnerData))
        #expect(try await store.erasureRequests().isEmpty)
        let details = try await store.auditLog(AuditFilter(record: "learner:L-A", limit: 100)).map(\.details).joined()
        #expect(!details.contains("landlord"), "the request's reason is erased with the learner")
        await #expect(throws: ServiceError.conflict(.alreadyErased(learner: "L-A"))) {
            try await store.recordErasureRequest(learner: "L-A", reason: "again")
        }
    }
}
