import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SkillsCore
import SkillsServices
import SkillsStore
import Testing

@testable import SkillsServer

/// A learner signed in with their access code asks for erasure; the request waits for a coordinator, and nothing is
/// erased by asking.
@Suite struct ErasureRequestPageTests {
    /// The erasure waiting for a learner, if any.
    static func request(_ ref: String, _ programme: WebProgramme) async throws -> ErasureRequest? {
        try await DataRightsService(programme.context).erasureRequests(by: WebProgramme.founder).first { $0.learnerRef == ref }
    }

    @Test func aLearnerAsksForErasureAndACoordinatorIsLeftToConfirmIt() async throws {
        let programme = try await WebProgramme.shared.value
        try await programme.application().test(.router) { client in
            let (learner, ref) = try await LearnerDataTests.signedInLearner(client, programme, name: "Gwilym Erase")
            let (_, page) = try await learner.page("/me")
            #expect(page.contains("<form method=\"post\" action=\"/me/erasure\">") && page.contains("a coordinator checks the request"))
            let asked = try await learner.send(
                .post, "/me/erasure",
                form: [("form_token", Browser.formToken(page) ?? ""), ("reason", "moving away"), ("confirm", "yes")])
            #expect(asked.status == .seeOther && asked.headers[.location] == "/me")

            let request = try #require(try await Self.request(ref, programme))
            #expect(request.askedBy == ref && request.reason == "moving away" && request.awaitsConfirmation)
            let (_, after) = try await learner.page("/me")
            #expect(after.contains("You asked on 2026-11-26 for your data to be erased. A coordinator will confirm it"))
            #expect(!after.contains("action=\"/me/erasure\""), "the form is offered again after asking")
            #expect(after.contains("Gwilym Erase"), "asking erased the learner at once")
            let audit = try await programme.store.auditLog(AuditFilter(record: "learner:\(ref)"))
            #expect(audit.contains { $0.action == "learner.erasure-request" && $0.actor == ref })
        }
    }

    @Test func withoutTickingTheConfirmationNothingIsAsked() async throws {
        let programme = try await WebProgramme.shared.value
        try await programme.application().test(.router) { client in
            let (learner, ref) = try await LearnerDataTests.signedInLearner(client, programme, name: "Heledd Unsure")
            let (_, page) = try await learner.page("/me")
            let unticked = try await learner.send(
                .post, "/me/erasure", form: [("form_token", Browser.formToken(page) ?? ""), ("reason", "<b>not sure</b>")])
            #expect(unticked.status == .unprocessableContent)
            let html = String(buffer: unticked.body)
            #expect(html.contains("<span class=\"problem\" id=\"confirm-problem\">Tick the box to say you understand."))
            #expect(html.contains("aria-describedby=\"confirm-problem\""))
            #expect(html.contains("&lt;b&gt;not sure&lt;/b&gt;</textarea>"), "what was typed was lost or not escaped")
            #expect(try await Self.request(ref, programme) == nil)

            let forged = try await learner.send(.post, "/me/erasure", form: [("form_token", "forged"), ("confirm", "yes")])
            #expect(forged.status == .forbidden)
            #expect(try await Self.request(ref, programme) == nil)
            let tutor = Browser(client)
            try await tutor.signIn("T-ALED")
            let asTutor = try await tutor.send(.post, "/me/erasure", form: [("confirm", "yes")])
            #expect(asTutor.status == .seeOther && asTutor.headers[.location] == "/learner")
        }
    }

    @Test func theErasurePartIsInWelshOnAWelshPage() async throws {
        let programme = try await WebProgramme.shared.value
        try await programme.application().test(.router) { client in
            let (learner, ref) = try await LearnerDataTests.signedInLearner(client, programme, name: "Iolo Cymraeg")
            try await learner.send(.get, "/language?to=cy&back=/me")
            let (_, page) = try await learner.page("/me")
            #expect(page.contains("<h2>Gofyn i'ch data gael ei ddileu</h2>"))
            let unticked = try await learner.send(.post, "/me/erasure", form: [("form_token", Browser.formToken(page) ?? "")])
            #expect(String(buffer: unticked.body).contains("id=\"confirm-problem\">Ticiwch y blwch"))
            try await learner.send(.post, "/me/erasure", form: [("form_token", Browser.formToken(page) ?? ""), ("confirm", "yes")])
            #expect(try await Self.request(ref, programme)?.reason == LearnerAccessRoutes.noReasonGiven)
            let (_, after) = try await learner.page("/me")
            #expect(after.contains("Fe ofynnoch chi ar 2026-11-26"))
        }
    }
}
