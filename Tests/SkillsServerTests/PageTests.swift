import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SkillsServer

/// The web pages in process: sign-in, the pages a tutor uses, and every refusal.
@Suite struct PageTests {
    @Test func everyAnswerCarriesTheSecurityHeaders() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            for uri in ["/sign-in", "/verify", "/static/site.css", "/api/v1/health", "/no-such-page"] {
                let response = try await client.executeRequest(uri: uri, method: .get, headers: [:], body: nil)
                let policy = try #require(response.headers[.contentSecurityPolicy], "\(uri)")
                #expect(
                    policy.contains("default-src 'self'") && policy.contains("frame-ancestors 'none'") && !policy.contains("unsafe-inline"))
                #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
                #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
            }
        }
    }

    @Test func signedOutVisitorsAreSentToSignIn() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let browser = Browser(client)
            for uri in ["/learners", "/learners/L-GWEN", "/sessions/new", "/me/check"] {
                let response = try await browser.send(.get, uri)
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/sign-in")
            }
        }
    }

    @Test func signingInSetsAStrictCookieAndShowsOnlyTheTutorsCentre() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let browser = Browser(client)
            let answer = try await browser.signIn("T-ALED")
            #expect(answer.status == .seeOther)
            let cookie = try #require(answer.headers[values: .setCookie].first { $0.hasPrefix("skills_session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"))
            #expect(!cookie.contains("Secure"))
            let (_, html) = try await browser.page("/learners")
            #expect(html.contains("Gwenllian Ŵyn"))
            #expect(!html.contains("محمد"), "a Bradford learner appeared at Cardiff")
        }
    }

    @Test func behindHTTPSTheCookieIsSecure() async throws {
        let https = ServerConfiguration(publicURL: URL(string: "https://skills.example.org"))
        try await WebProgramme.shared.value.application(https).test(.router) { client in
            let answer = try await Browser(client).signIn("T-ALED")
            let cookie = try #require(answer.headers[values: .setCookie].first { $0.hasPrefix("skills_session=") })
            #expect(cookie.contains("Secure") && cookie.contains("HttpOnly"))
        }
    }

    @Test func aWrongPasswordIsRefusedAndFiveFailuresSlowTheNameDown() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let browser = Browser(client)
            for _ in 1...5 {
                #expect(try await browser.signIn("guesser", "wrong password").status == .unauthorized)
            }
            let sixth = try await browser.signIn("guesser", "wrong password")
            #expect(sixth.status == .tooManyRequests)
            #expect(String(buffer: sixth.body).contains("too many attempts"))
        }
    }

    @Test func searchFindsLearnersInAnyScriptIgnoringAccents() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("T-ALED")
            let (_, html) = try await browser.page("/learners?q=" + Browser.encode("gwenllian wyn"))
            #expect(html.contains("L-GWEN"))
            #expect(!html.contains("L-XSS"))
        }
    }

    @Test func aLearnerNamedLikeScriptShowsAsText() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("T-ALED")
            for uri in ["/learners", "/learners/L-XSS", "/sessions/new"] {
                let (response, html) = try await browser.page(uri)
                #expect(response.status == .ok, "\(uri)")
                #expect(!html.contains("<script>alert(1)"), "\(uri) holds the script unescaped")
                #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(uri)")
            }
        }
    }

    @Test func aTutorAskingForAnotherCentresLearnerGets403() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("T-ALED")
            let (response, html) = try await browser.page("/learners/L-MOH")
            #expect(response.status == .forbidden)
            #expect(!html.contains("محمد"))
        }
    }

    @Test func aFormWithoutItsTokenIsRefused() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("T-ALED")
            let session = [("learner", "L-GWEN"), ("date", "2026-11-25"), ("minutes", "30"), ("mode", "in-person"), ("tutor", "T-ALED")]
            #expect(try await browser.send(.post, "/sessions", form: session).status == .forbidden)
            #expect(try await browser.send(.post, "/sessions", form: session + [("form_token", "forged")]).status == .forbidden)
            #expect(try await browser.send(.post, "/sign-out", form: []).status == .forbidden)
            let anonymous = Browser(client)
            #expect(
                try await anonymous.send(.post, "/sign-in", form: [("name", "T-ALED"), ("password", WebProgramme.password)]).status
                    == .forbidden)
        }
    }

    @Test func aTutorRecordsAGroupSessionAndProgressChanges() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("T-ALED")
            let (_, form) = try await browser.page("/sessions/new")
            #expect(form.contains("value=\"2026-11-26\""), "the date is not today by default")
            #expect(form.contains("I can"), "the outcomes lack their 'I can' wording")
            #expect(form.contains("<details><summary>") && !form.contains("<details open>"), "the outcomes are not folded by area")
            let token = try #require(Browser.formToken(form))
            let posted = try await browser.send(
                .post, "/sessions",
                form: [
                    ("form_token", token), ("learner", "L-ANWEN"), ("learner", "L-BETHAN"), ("date", "2026-11-26"), ("minutes", "60"),
                    ("mode", "in-person"), ("tutor", "T-ALED"), ("outcome", "F1.1"), ("outcome", "F1.2"), ("notes", "scam texts"),
                ])
            #expect(posted.status == .seeOther)
            let location = try #require(posted.headers[.location])
            let (_, done) = try await browser.page(location)
            #expect(done.contains("is recorded"))
            for learner in ["L-ANWEN", "L-BETHAN"] {
                let (_, progress) = try await browser.page("/learners/\(learner)")
                #expect(progress.contains("Achieved: 2 of 10"), "\(learner)'s progress did not change")
            }
        }
    }

    @Test func aBadSessionKeepsWhatWasTypedAndMarksTheField() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("T-ALED")
            let (_, form) = try await browser.page("/sessions/new")
            let posted = try await browser.send(
                .post, "/sessions",
                form: [
                    ("form_token", Browser.formToken(form) ?? ""), ("learner", "L-GWEN"), ("date", "2030-01-01"), ("minutes", "45"),
                    ("mode", "phone"), ("tutor", "T-ALED"), ("outcome", "F1.3"), ("notes", "kept notes"),
                ])
            #expect(posted.status == .unprocessableContent)
            let html = String(buffer: posted.body)
            #expect(html.contains("id=\"date-problem\""))
            #expect(html.contains("<span class=\"date\">2030-01-01</span> is in the future"))
            #expect(html.contains("kept notes") && html.contains("value=\"45\""))
            #expect(html.contains("value=\"F1.3\" checked") && html.contains("value=\"phone\" checked"))
            #expect(html.components(separatedBy: "<details open>").count == 2, "only the ticked outcome's area is open")
        }
    }

    @Test func aCookieStopsWorkingAfterSignOut() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("T-ALED")
            let stolen = try #require(browser.cookies["skills_session"])
            let (_, page) = try await browser.page("/learners")
            let out = try await browser.send(.post, "/sign-out", form: [("form_token", Browser.formToken(page) ?? "")])
            #expect(out.status == .seeOther)
            let replay = try await client.executeRequest(
                uri: "/learners", method: .get, headers: [.cookie: "skills_session=\(stolen)"], body: nil)
            #expect(replay.status == .seeOther)
            #expect(replay.headers[.location] == "/sign-in")
        }
    }

    @Test func theTutorSeesTheirOwnCheckAndWhenItLapses() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("T-ALED")
            let (_, html) = try await browser.page("/me/check")
            #expect(html.contains("2024-01-15") && html.contains("2027-01-15"))
            #expect(html.contains("Lapses in 50 days"))
        }
    }

    @Test func coordinatorsSeeEveryCheckThatLapsesWithinSixtyDays() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("priya-coord")
            let (_, html) = try await browser.page("/tutors/lapsing")
            #expect(html.contains("<td>Aled Rees <span class=\"hint\">T-ALED</span></td>"), "the ref under the name, a space apart")
            #expect(html.contains("<span class=\"date\">2027-01-15</span> · Lapses in 50 days"))
            #expect(html.contains("T-PRIYA") && html.contains("No check is recorded."))
        }
    }

    @Test func lapsingChecksComeMostUrgentFirstAPageAtATime() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("priya-coord")
            let (_, first) = try await browser.page("/tutors/lapsing")
            let priya = try #require(first.range(of: "T-PRIYA"))
            let aled = try #require(first.range(of: "T-ALED"))
            #expect(priya.lowerBound < aled.lowerBound, "no check recorded is the most urgent")
            #expect(!first.contains("Showing"), "every check fits on one page")

            let (_, later) = try await browser.page("/tutors/lapsing?start=1")
            #expect(later.contains("T-ALED") && !later.contains("T-PRIYA"))
            #expect(later.contains("Showing 2 to 2 of 2, most urgent first."))
            #expect(later.contains("<a href=\"/tutors/lapsing?start=0\">Previous page</a>"))

            let (refused, words) = try await browser.page("/tutors/lapsing?start=soon")
            #expect(refused.status == .unprocessableContent)
            #expect(words.contains("soon is not a place in the list: use a whole number from 0"))
            let (before, beforeWords) = try await browser.page("/tutors/lapsing?start=-1")
            #expect(before.status == .unprocessableContent)
            #expect(beforeWords.contains("-1 must be 0 or more"))
        }
    }

    @Test func everyPageSwitchesToWelshAndRemembersIt() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let browser = Browser(client)
            let switched = try await browser.send(.get, "/language?to=cy&back=%2Fverify")
            #expect(switched.headers[.location] == "/verify")
            let (_, html) = try await browser.page("/verify")
            #expect(html.contains("<html lang=\"cy\">") && html.contains("Gwirio tystysgrif"))
            #expect(html.contains("hreflang=\"en\""))
            let offsite = try await browser.send(.get, "/language?to=en&back=%2F%2Fevil.example")
            #expect(offsite.headers[.location] == "/")
        }
    }

    @Test func pagesStayUnderFiftyKilobytes() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("T-ALED")
            for uri in ["/learners", "/learners/L-GWEN", "/sessions/new", "/me/check", "/verify", "/sign-in"] {
                let (_, html) = try await browser.page(uri)
                #expect(html.utf8.count < 50_000, "\(uri) is \(html.utf8.count) bytes")
                #expect(!html.contains("http://") && !html.contains("https://"), "\(uri) asks another site for something")
            }
        }
    }
}
