import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SkillsCore
import SkillsServices
import SkillsStore
import Testing

@testable import SkillsServer

/// The tutor's enrol page: consent asked first, the same service and rules as `skills learner enrol`, each problem
/// beside its field, and nothing written when anything is wrong.
@Suite struct EnrolPageTests {
    /// Signs a tutor in and opens the enrol form; returns the browser and the form's token.
    static func openForm(_ client: some TestClientProtocol, as tutor: String = "T-ALED", welsh: Bool = false) async throws -> (
        Browser, String
    ) {
        let browser = Browser(client)
        if welsh { try await browser.send(.get, "/language?to=cy&back=/") }
        try await browser.signIn(tutor)
        let (response, html) = try await browser.page("/enrol")
        #expect(response.status == .ok)
        return (browser, try #require(Browser.formToken(html)))
    }

    /// The learners anywhere with this name, as the founder sees them.
    static func learners(named name: String, _ programme: WebProgramme) async throws -> [Learner] {
        try await LearnerService(programme.context).list(centre: nil, status: nil, by: WebProgramme.founder).filter { $0.name == name }
    }

    @Test func aTutorEnrolsALearnerAndSeesTheirRefAndProgressLink() async throws {
        let programme = try await WebProgramme.shared.value
        let name = "Nia Ŵyn Ap Siôn"
        try await programme.application().test(.router) { client in
            let (browser, token) = try await Self.openForm(client)
            let posted = try await browser.send(
                .post, "/enrol",
                form: [
                    ("form_token", token), ("name", name), ("centre", "CARD-01"), ("language", "cy"), ("large_print", "yes"),
                    ("consent", "yes"), ("open_data", "yes"),
                ])
            #expect(posted.status == .seeOther)
            let location = try #require(posted.headers[.location])
            #expect(location.hasPrefix("/enrol?enrolled="))
            let ref = String(location.dropFirst("/enrol?enrolled=".count))
            let (_, done) = try await browser.page(location)
            #expect(done.contains("\(name) is enrolled, with the reference \(ref)."))
            #expect(done.contains("href=\"/learners/\(ref)\""))
            let (progress, _) = try await browser.page("/learners/\(ref)")
            #expect(progress.status == .ok)

            let learner = try #require(try await Self.learners(named: name, programme).first)
            #expect(learner.ref == ref && learner.centreRef == "CARD-01" && learner.preferredLanguage == "cy")
            #expect(learner.largePrint && learner.openDataConsent && learner.enrolledOn.description == "2026-11-26")
            let consents = try await DataRightsService(programme.context).consent(ref, [:], by: WebProgramme.founder)
            #expect(
                consents.map { "\($0.purpose.rawValue)=\($0.given)" }.sorted() == [
                    "contact=false", "open-statistics=true", "programme=true",
                ])
            let audit = try await programme.store.auditLog(AuditFilter(record: "learner:\(ref)"))
            #expect(audit.contains { $0.action == "learner.enrol" && $0.actor == "T-ALED" }, "the enrolment is not audited as the tutor")
        }
    }

    @Test func theEnrolPageNeedsSigningInAndItsFormToken() async throws {
        let programme = try await WebProgramme.shared.value
        let name = "Tokenless Person"
        try await programme.application().test(.router) { client in
            let stranger = try await Browser(client).send(.get, "/enrol")
            #expect(stranger.status == .seeOther && stranger.headers[.location] == "/sign-in")
            let (browser, _) = try await Self.openForm(client)
            let enrolment = [("name", name), ("centre", "CARD-01"), ("language", "en"), ("consent", "yes")]
            #expect(try await browser.send(.post, "/enrol", form: enrolment).status == .forbidden)
            #expect(try await browser.send(.post, "/enrol", form: enrolment + [("form_token", "forged")]).status == .forbidden)
            #expect(try await Self.learners(named: name, programme).isEmpty)
            let (_, html) = try await browser.page("/enrol")
            #expect(html.utf8.count < 50_000 && !html.contains("http://") && !html.contains("https://"))
        }
    }

    @Test func aTutorCannotEnrolALearnerAtAnotherCentre() async throws {
        let programme = try await WebProgramme.shared.value
        let name = "Someone Elsewhere"
        try await programme.application().test(.router) { client in
            let (browser, token) = try await Self.openForm(client)
            let posted = try await browser.send(
                .post, "/enrol",
                form: [("form_token", token), ("name", name), ("centre", "BRAD-01"), ("language", "en"), ("consent", "yes")])
            #expect(posted.status == .forbidden)
            #expect(try await Self.learners(named: name, programme).isEmpty)
        }
    }

    @Test func theFormOffersATutorOnlyTheirOwnCentre() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let (browser, _) = try await Self.openForm(client)
            let (_, html) = try await browser.page("/enrol")
            #expect(html.contains("name=\"centre\" value=\"CARD-01\"") && !html.contains("BRAD-01"))
            let coordinator = Browser(client)
            try await coordinator.signIn("priya-coord")
            let (_, all) = try await coordinator.page("/enrol")
            #expect(all.contains("<select id=\"centre\"") && all.contains("value=\"BRAD-01\"") && all.contains("value=\"CARD-01\""))
        }
    }

    @Test func withoutConsentOrWithABadNameNothingIsWrittenAndEachFieldSaysWhy() async throws {
        let programme = try await WebProgramme.shared.value
        let hidden = "Ann\u{202E}e Jones"  // a right-to-left override, which would make the name show as something else
        try await programme.application().test(.router) { client in
            let (browser, token) = try await Self.openForm(client)
            let noConsent = try await browser.send(
                .post, "/enrol", form: [("form_token", token), ("name", "Ceri Consentless"), ("centre", "CARD-01"), ("language", "en")])
            #expect(noConsent.status == .unprocessableContent)
            let html = String(buffer: noConsent.body)
            #expect(html.contains("<span class=\"problem\" id=\"consent-problem\">Ask the learner whether they agree"))
            #expect(html.contains("aria-describedby=\"consent-problem\""))
            #expect(html.contains("value=\"Ceri Consentless\""), "what was typed was lost")
            #expect(try await Self.learners(named: "Ceri Consentless", programme).isEmpty)

            let both = try await browser.send(
                .post, "/enrol", form: [("form_token", token), ("name", hidden), ("centre", "CARD-01"), ("language", "en")])
            let bothHTML = String(buffer: both.body)
            #expect(both.status == .unprocessableContent)
            #expect(bothHTML.contains("id=\"consent-problem\"") && bothHTML.contains("id=\"name-problem\""), "every problem shows at once")

            let badName = try await browser.send(
                .post, "/enrol",
                form: [("form_token", token), ("name", hidden), ("centre", "CARD-01"), ("language", "en"), ("consent", "yes")])
            #expect(badName.status == .unprocessableContent)
            let nameHTML = String(buffer: badName.body)
            #expect(nameHTML.contains("id=\"name-problem\">the name holds an invisible formatting character (U+202E"))
            #expect(nameHTML.contains("aria-describedby=\"name-hint name-problem\" aria-invalid=\"true\""))
            #expect(!nameHTML.contains("id=\"consent-problem\""))
            #expect(try await Self.learners(named: hidden, programme).isEmpty)
        }
    }

    @Test func aNameLikeScriptShowsAsTextWhenEnrolledAndWhenRefused() async throws {
        let programme = try await WebProgramme.shared.value
        try await programme.application().test(.router) { client in
            let (browser, token) = try await Self.openForm(client)
            let refused = try await browser.send(
                .post, "/enrol", form: [("form_token", token), ("name", WebProgramme.attackName), ("centre", "CARD-01")])
            let refusedHTML = String(buffer: refused.body)
            #expect(!refusedHTML.contains("<script>alert(1)"))
            #expect(refusedHTML.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""))

            let posted = try await browser.send(
                .post, "/enrol",
                form: [
                    ("form_token", token), ("name", WebProgramme.attackName), ("centre", "CARD-01"), ("language", "en"), ("consent", "yes"),
                ])
            let (_, done) = try await browser.page(try #require(posted.headers[.location]))
            #expect(!done.contains("<script>alert(1)"))
            #expect(done.contains("&lt;script&gt;alert(1)&lt;/script&gt; is enrolled"))
        }
    }

    @Test func theEnrolPageIsInWelshWithWelshProblems() async throws {
        let programme = try await WebProgramme.shared.value
        try await programme.application().test(.router) { client in
            let (browser, token) = try await Self.openForm(client, welsh: true)
            let (_, form) = try await browser.page("/enrol")
            #expect(form.contains("<h1>Cofrestru dysgwr</h1>") && form.contains("Beth rydym yn ei gadw"))
            #expect(form.contains("id=\"language-cy\" name=\"language\" value=\"cy\" checked"), "a Welsh page should offer Welsh first")
            let posted = try await browser.send(
                .post, "/enrol", form: [("form_token", token), ("name", "  "), ("centre", "CARD-01"), ("language", "cy")])
            let html = String(buffer: posted.body)
            #expect(posted.status == .unprocessableContent)
            #expect(html.contains("id=\"consent-problem\">Gofynnwch i&#39;r dysgwr"))
            #expect(html.contains("id=\"name-problem\">Ysgrifennwch yr enw"))
            #expect(!html.contains("the name is empty"))
        }
    }
}
