import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SkillsCore
import SkillsServices
import SkillsStore
import Testing

@testable import SkillsServer

/// A coordinator confirms the erasures learners asked for on the web: erase now, set a day, or withdraw, each through
/// the same service as `skills learner erase`; a tutor may not, and a forged form changes nothing.
@Suite struct ErasureConfirmationTests {
    static func enrolAsking(_ name: String, _ programme: WebProgramme) async throws -> String {
        let ref = try await LearnerService(programme.context).enrol(
            Learner(ref: "", name: name, centreRef: "CARD-01", enrolledOn: Day(iso: "2026-11-02")!), contact: false,
            by: WebProgramme.founder)
        try await LearnerAccessService(programme.context).askForErasure(of: ref, reason: "moving away")
        return ref
    }

    static func confirm(_ coordinator: Browser, _ ref: String, _ fields: [(String, String)]) async throws -> (TestResponse, String) {
        let (_, page) = try await coordinator.page("/coordinator/erasures")
        let answer = try await coordinator.send(
            .post, "/coordinator/erasures/\(ref)", form: [("form_token", Browser.formToken(page) ?? "")] + fields)
        return (answer, String(buffer: answer.body))
    }

    @Test func aCoordinatorSetsADayThenWithdrawsThenErasesNow() async throws {
        let programme = try await WebProgramme.shared.value
        try await programme.application().test(.router) { client in
            let ref = try await Self.enrolAsking("Rhodri Confirm", programme)
            let coordinator = Browser(client)
            try await coordinator.signIn("priya-coord")
            let (_, list) = try await coordinator.page("/coordinator/erasures")
            #expect(list.contains("Rhodri Confirm</bdi> (\(ref))") && list.contains("Waiting for a coordinator to confirm."))

            let today = try await Self.confirm(coordinator, ref, [("action", "on"), ("day", "2026-11-26"), ("reason", "end of course")])
            #expect(today.0.status == .unprocessableContent && today.1.contains("Give a day after today"))
            let nothing = try await Self.confirm(coordinator, ref, [("reason", "end of course")])
            #expect(nothing.0.status == .unprocessableContent && nothing.1.contains("Choose what to do."))
            #expect(try await ErasureRequestPageTests.request(ref, programme)?.awaitsConfirmation == true)

            let set = try await Self.confirm(coordinator, ref, [("action", "on"), ("day", "2027-02-01"), ("reason", "end of course")])
            #expect(set.0.status == .ok && set.1.contains("\(ref) will be erased on 2027-02-01."))
            #expect(try await ErasureRequestPageTests.request(ref, programme)?.eraseOn == Day(iso: "2027-02-01"))

            let withdrawn = try await Self.confirm(coordinator, ref, [("action", "withdraw"), ("reason", "changed their mind")])
            #expect(withdrawn.1.contains("nothing was erased"))
            #expect(try await ErasureRequestPageTests.request(ref, programme) == nil)

            try await LearnerAccessService(programme.context).askForErasure(of: ref, reason: "asked again")
            let noReason = try await Self.confirm(coordinator, ref, [("action", "now"), ("reason", " ")])
            #expect(noReason.0.status == .unprocessableContent && noReason.1.contains("Say why, for the audit trail."))
            #expect(try await LearnerService(programme.context).show(ref, by: WebProgramme.founder).name == "Rhodri Confirm")
            let erased = try await Self.confirm(coordinator, ref, [("action", "now"), ("reason", "learner's request")])
            #expect(erased.1.contains("\(ref) is erased."))
            #expect(try await LearnerService(programme.context).show(ref, by: WebProgramme.founder).name == Learner.erasedName)
            #expect(!erased.1.contains("Rhodri Confirm"))
            let actions = try await programme.store.auditLog(AuditFilter(record: "learner:\(ref)")).map { ($0.action, $0.actor) }
            #expect(actions.contains { $0 == ("learner.erase", "priya-coord") })
            #expect(actions.contains { $0 == ("learner.erasure-scheduled", "priya-coord") })
        }
    }

    @Test func aTutorIsRefusedAndAForgedFormChangesNothing() async throws {
        let programme = try await WebProgramme.shared.value
        try await programme.application().test(.router) { client in
            let ref = try await Self.enrolAsking("Non Refused", programme)
            let tutor = Browser(client)
            try await tutor.signIn("T-ALED")
            let (refused, _) = try await tutor.page("/coordinator/erasures")
            #expect(refused.status == .forbidden)
            let (_, learners) = try await tutor.page("/learners")
            let posted = try await tutor.send(
                .post, "/coordinator/erasures/\(ref)",
                form: [("form_token", Browser.formToken(learners) ?? ""), ("action", "now"), ("reason", "x")])
            #expect(posted.status == .forbidden)
            let coordinator = Browser(client)
            try await coordinator.signIn("priya-coord")
            let forged = try await coordinator.send(
                .post, "/coordinator/erasures/\(ref)", form: [("form_token", "forged"), ("action", "now"), ("reason", "x")])
            #expect(forged.status == .forbidden)
            #expect(try await LearnerService(programme.context).show(ref, by: WebProgramme.founder).name == "Non Refused")
            #expect(try await ErasureRequestPageTests.request(ref, programme)?.awaitsConfirmation == true)
        }
    }
}
