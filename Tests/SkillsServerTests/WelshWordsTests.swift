import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SkillsCore
import Testing

@testable import SkillsServer

/// On Welsh pages the services' problems are worded in Welsh, beside their fields.
@Suite struct WelshWordsTests {
    static func welshTutor(_ client: some TestClientProtocol) async throws -> Browser {
        let browser = Browser(client)
        try await browser.send(.get, "/language?to=cy&back=/")
        try await browser.signIn("T-ALED")
        return browser
    }

    @Test func aBadSessionIsMarkedInWelshOnAWelshPage() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let browser = try await Self.welshTutor(client)
            let (_, form) = try await browser.page("/sessions/new")
            let posted = try await browser.send(
                .post, "/sessions",
                form: [
                    ("form_token", Browser.formToken(form) ?? ""), ("learner", "L-GWEN"), ("date", "2030-01-01"), ("minutes", "900"),
                    ("mode", "phone"), ("tutor", "T-ALED"),
                ])
            #expect(posted.status == .unprocessableContent)
            let html = String(buffer: posted.body)
            #expect(html.contains("<span class=\"problem\" id=\"date-problem\">Ysgrifennwch ddyddiad y sesiwn"))
            #expect(html.contains("nid ‘<span class=\"date\">2030-01-01</span>’"))
            #expect(html.contains("<span class=\"problem\" id=\"minutes-problem\">Rhowch hyd y sesiwn"))
            #expect(!html.contains("is in the future") && !html.contains("12-hour day"), "English service words on a Welsh page")
        }
    }

    @Test func anUnreadableFieldAndAnUnknownLearnerAreMarkedInWelsh() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let browser = try await Self.welshTutor(client)
            let (_, form) = try await browser.page("/sessions/new")
            let unreadable = try await browser.send(
                .post, "/sessions",
                form: [
                    ("form_token", Browser.formToken(form) ?? ""), ("learner", "L-GWEN"), ("date", "yesterday"), ("minutes", "an hour"),
                    ("mode", "in-person"), ("tutor", "T-ALED"),
                ])
            let html = String(buffer: unreadable.body)
            #expect(html.contains("id=\"date-problem\">Ysgrifennwch ddyddiad") && html.contains("id=\"minutes-problem\">Rhowch hyd"))
            #expect(!html.contains("is not a date"))
            let unknown = try await browser.send(
                .post, "/sessions",
                form: [
                    ("form_token", Browser.formToken(form) ?? ""), ("learner", "L-GWENN"), ("date", "2026-11-26"), ("minutes", "30"),
                    ("mode", "in-person"), ("tutor", "T-ALED"),
                ])
            #expect(String(buffer: unknown.body).contains("id=\"learner-problem\">Does dim dysgwr ‘L-GWENN’."))
        }
    }

    @Test func theEnglishPageKeepsTheServicesOwnWords() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("T-ALED")
            let (_, form) = try await browser.page("/sessions/new")
            let posted = try await browser.send(
                .post, "/sessions",
                form: [
                    ("form_token", Browser.formToken(form) ?? ""), ("learner", "L-GWEN"), ("date", "2026-11-26"), ("minutes", "900"),
                    ("mode", "phone"), ("tutor", "T-ALED"),
                ])
            #expect(String(buffer: posted.body).contains("id=\"minutes-problem\">minutes 900 is more than a 12-hour day"))
        }
    }

    @Test func signInAndTheAccessCodeAreRefusedInWelsh() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.send(.get, "/language?to=cy&back=/")
            let refused = try await browser.signIn("T-ALED", "not the password")
            #expect(refused.status == .unauthorized)
            #expect(String(buffer: refused.body).contains("id=\"sign-in-error\">Nid yw&#39;r enw a&#39;r cyfrinair yn cyfateb."))
            let (_, form) = try await browser.page("/learner")
            let code = try await browser.send(
                .post, "/learner", form: [("form_token", Browser.formToken(form) ?? ""), ("code", "AAAA-BBBB")])
            #expect(code.status == .unauthorized)
            #expect(String(buffer: code.body).contains("id=\"code-error\">Dyw&#39;r cod hwnnw ddim yn hysbys"))
        }
    }

    @Test func anUnknownCodeOnTheWelshVerifyPageIsExplainedInWelsh() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.send(.get, "/language?to=cy&back=/")
            let (_, html) = try await browser.page("/verify?code=ZZZZ-ZZZZ-ZZZZ")
            #expect(html.contains("ANHYSBYS"))
            #expect(html.contains("<p>Gwiriwch eich bod wedi teipio&#39;r cod yn union"))
            #expect(html.contains("<p class=\"hint\" lang=\"en\">"), "the verifier's English details are not marked as English")
        }
    }
}
