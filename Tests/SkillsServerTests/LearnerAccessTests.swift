import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SkillsServices
import Testing

@testable import SkillsServer

/// A learner's one-time access code: made by a tutor at their centre, used once, showing only their own progress and
/// certificates.
@Suite struct LearnerAccessTests {
    /// Signs in as the tutor and makes a code for a learner; returns the code and the answer.
    static func makeCode(_ client: some TestClientProtocol, for learner: String, tutor: String = "T-ALED") async throws -> (
        String?, TestResponse
    ) {
        let browser = Browser(client)
        try await browser.signIn(tutor)
        let (_, page) = try await browser.page("/learners/\(learner)")
        let answer = try await browser.send(
            .post, "/learners/\(learner)/access-code", form: [("form_token", Browser.formToken(page) ?? "")])
        // Only the status line: a random form token elsewhere on the page can hold the same shape.
        let html = String(buffer: answer.body)
        let status = html.range(of: "role=\"status\">").map { html[$0.upperBound...] } ?? ""
        let code = status.range(of: #"[A-Z2-9]{4}-[A-Z2-9]{4}"#, options: .regularExpression).map { String(status[$0]) }
        return (code, answer)
    }

    @Test func aLearnerUsesTheirCodeOnceAndSeesTheirProgressAndCertificate() async throws {
        let programme = try await WebProgramme.shared.value
        try await programme.application().test(.router) { client in
            let (made, _) = try await Self.makeCode(client, for: "L-CERT")
            let code = try #require(made)
            let learner = Browser(client)
            let (_, form) = try await learner.page("/learner")
            let signedIn = try await learner.send(
                .post, "/learner", form: [("form_token", Browser.formToken(form) ?? ""), ("code", code.lowercased())])
            #expect(signedIn.headers[.location] == "/me")
            let (_, mine) = try await learner.page("/me")
            #expect(mine.contains("Eirlys Jones") && mine.contains("/me/certificates/\(programme.certificateCode)"))
            let pdf = try await learner.send(.get, "/me/certificates/\(programme.certificateCode)")
            #expect(pdf.status == .ok)
            #expect(pdf.headers[.contentType] == "application/pdf")
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("downloaded-\(UUID().uuidString).pdf")
            try Data(buffer: pdf.body).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let verdict = try await CertificateService(programme.context).verify(.file(path: file.path))
            guard case .valid(let facts, _, let hidden) = verdict else {
                Issue.record("the downloaded certificate does not verify: \(verdict)")
                return
            }
            #expect(facts.learner == "Eirlys Jones" && hidden.isEmpty)
            #expect(try await learner.send(.get, "/learners").headers[.location] == "/sign-in", "a learner reached the tutors' pages")
            let again = Browser(client)
            let (_, second) = try await again.page("/learner")
            let reused = try await again.send(.post, "/learner", form: [("form_token", Browser.formToken(second) ?? ""), ("code", code)])
            #expect(reused.status == .unauthorized, "a code worked twice")
        }
    }

    @Test func aLearnerCannotDownloadSomeoneElsesCertificate() async throws {
        let programme = try await WebProgramme.shared.value
        try await programme.application().test(.router) { client in
            let code = try #require(try await Self.makeCode(client, for: "L-GWEN").0)
            let learner = Browser(client)
            let (_, form) = try await learner.page("/learner")
            try await learner.send(.post, "/learner", form: [("form_token", Browser.formToken(form) ?? ""), ("code", code)])
            let other = try await learner.send(.get, "/me/certificates/\(programme.certificateCode)")
            #expect(other.status == .notFound)
            #expect(!String(buffer: other.body).contains("Eirlys"))
        }
    }

    @Test func aTutorCannotMakeACodeForAnotherCentresLearner() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("T-PRIYA")
            let (_, page) = try await browser.page("/learners")
            let answer = try await browser.send(
                .post, "/learners/L-GWEN/access-code", form: [("form_token", Browser.formToken(page) ?? "")])
            #expect(answer.status == .forbidden)
        }
    }
}
