import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SkillsServer

/// `/verify`: no sign-in, the verdict in words with the certificate's own facts, and never a file read.
@Suite struct VerifyPageTests {
    @Test func aRealCodeIsValidWithTheFactsItPrints() async throws {
        let programme = try await WebProgramme.shared.value
        try await programme.application().test(.router) { client in
            let browser = Browser(client)
            let (response, html) = try await browser.page("/verify?code=\(programme.certificateCode)")
            #expect(response.status == .ok)
            #expect(html.contains("VALID: the programme issued this certificate. Check that the paper shows exactly these facts."))
            #expect(html.contains("Eirlys Jones") && html.contains("Cardiff Library"))
            #expect(!html.contains("L-CERT"), "the page shows the learner's ref, which the certificate does not print")
        }
    }

    @Test func theQRTokenIsValidAndAnAlteredOneIsTampered() async throws {
        let programme = try await WebProgramme.shared.value
        try await programme.application().test(.router) { client in
            let browser = Browser(client)
            let (_, valid) = try await browser.page("/verify?code=\(Browser.encode(programme.certificateToken))")
            #expect(valid.contains("VALID"))
            let (_, tampered) = try await browser.page("/verify?code=\(Browser.encode(APITests.altered(programme.certificateToken)))")
            #expect(tampered.contains("TAMPERED"))
        }
    }

    @Test(arguments: ["../../etc/passwd", "/etc/passwd", "..%2F..%2Fetc%2Fpasswd", "programme.sqlite"])
    func pathsAreNeverRead(_ input: String) async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let browser = Browser(client)
            let (response, html) = try await browser.page("/verify?code=\(Browser.encode(input))")
            #expect(response.status == .ok)
            #expect(html.contains("UNKNOWN"))
            #expect(!html.contains("root:"))
            let api = try await client.executeRequest(
                uri: "/api/v1/certificates/verify/\(Browser.encode(input))", method: .get, headers: [:], body: nil)
            #expect(!String(buffer: api.body).contains("root:"))
            let traversal = try await client.executeRequest(uri: "/static/../../../../etc/passwd", method: .get, headers: [:], body: nil)
            #expect(!String(buffer: traversal.body).contains("root:"))
        }
    }

    @Test func theVerifyPageIsInWelshWhenChosen() async throws {
        let programme = try await WebProgramme.shared.value
        try await programme.application().test(.router) { client in
            let response = try await client.executeRequest(
                uri: "/verify?code=\(programme.certificateCode)", method: .get, headers: [.cookie: "skills_language=cy"], body: nil)
            let html = String(buffer: response.body)
            #expect(html.contains("DILYS") && html.contains("lang=\"cy\""))
        }
    }
}
