import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SkillsCore
import SkillsStore
import Testing

@testable import SkillsServer

/// The JSON API in process: tokens, recording sessions with every refusal, progress, verification and health.
@Suite struct APITests {
    /// A bearer token for a name.
    static func token(_ client: some TestClientProtocol, _ name: String) async throws -> String {
        let response = try await client.executeRequest(
            uri: "/api/v1/tokens", method: .post, headers: [.contentType: "application/json"],
            body: ByteBuffer(string: #"{"name": "\#(name)", "password": "\#(WebProgramme.password)"}"#))
        #expect(response.status == .created)
        let answer = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
        #expect(answer?["expires"] is String)
        return try #require(answer?["token"] as? String)
    }

    static func post(_ client: some TestClientProtocol, _ uri: String, token: String?, _ json: String) async throws -> (
        HTTPResponse.Status, [String: Any]
    ) {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        let response = try await client.executeRequest(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: json))
        return (response.status, (try? JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]) ?? [:])
    }

    static func get(_ client: some TestClientProtocol, _ uri: String, token: String? = nil) async throws -> (
        HTTPResponse.Status, [String: Any]
    ) {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        let response = try await client.executeRequest(uri: uri, method: .get, headers: headers, body: nil)
        return (response.status, (try? JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]) ?? [:])
    }

    @Test func aWrongPasswordGetsNoToken() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let (status, _) = try await Self.post(client, "/api/v1/tokens", token: nil, #"{"name": "T-ALED", "password": "not it at all"}"#)
            #expect(status == .unauthorized)
        }
    }

    @Test func noOrABadTokenIs401() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let session = #"{"date": "2026-11-25", "learner_refs": ["L-GWEN"], "tutor_ref": "T-ALED", "minutes": 30, "mode": "phone"}"#
            let withoutToken = try await Self.post(client, "/api/v1/sessions", token: nil, session)
            #expect(withoutToken.0 == .unauthorized)
            let withMadeUpToken = try await Self.post(client, "/api/v1/sessions", token: "made-up", session)
            #expect(withMadeUpToken.0 == .unauthorized)
            let progressWithoutToken = try await Self.get(client, "/api/v1/learners/L-GWEN/progress")
            #expect(progressWithoutToken.0 == .unauthorized)
        }
    }

    @Test func aSessionIsRecordedOnceAndTheSameAgainChangesNothing() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let token = try await Self.token(client, "T-ALED")
            let session = """
                {"session_ref": "API-1", "date": "2026-11-24", "learner_refs": ["L-GWEN", "L-XSS"], "tutor_ref": "T-ALED",
                 "minutes": 40, "mode": "video", "outcomes": ["F1.3"], "notes": "video call"}
                """
            let first = try await Self.post(client, "/api/v1/sessions", token: token, session)
            #expect(first.0 == .created)
            #expect(first.1["session_ref"] as? String == "API-1")
            let again = try await Self.post(client, "/api/v1/sessions", token: token, session)
            #expect(again.0 == .ok)
            let programme = try await WebProgramme.shared.value
            let stored = try await programme.store.sessions(
                SessionFilter(learner: "L-GWEN", from: Day(iso: "2026-11-24"), to: Day(iso: "2026-11-24")))
            #expect(stored.sessions.filter { $0.ref == "API-1" }.count == 1)
            let changed = try await Self.post(client, "/api/v1/sessions", token: token, session.replacingOccurrences(of: "40", with: "41"))
            #expect(changed.0 == .conflict)
        }
    }

    @Test func badFieldsAre422WithEachFieldNamed() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let token = try await Self.token(client, "T-ALED")
            let (status, body) = try await Self.post(
                client, "/api/v1/sessions", token: token,
                #"{"date": "2099-01-01", "learner_refs": ["L-GWEN"], "tutor_ref": "T-ALED", "minutes": 0, "mode": "in-person"}"#)
            #expect(status == .unprocessableContent)
            let fields = (body["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
            #expect(Set(fields) == ["date", "minutes"])
            let unknown = try await Self.post(
                client, "/api/v1/sessions", token: token,
                #"{"date": "2026-11-20", "learner_refs": ["L-GWEM"], "tutor_ref": "T-ALED", "minutes": 30, "mode": "in-person"}"#)
            #expect(unknown.0 == .unprocessableContent)
            let problem = (unknown.1["errors"] as? [[String: Any]])?.first
            #expect(problem?["field"] as? String == "learner_refs")
            #expect(problem?["value"] as? String == "L-GWEM")
            let missing = try await Self.post(client, "/api/v1/sessions", token: token, #"{"minutes": "thirty"}"#)
            #expect(missing.0 == .unprocessableContent)
        }
    }

    @Test func anotherCentresLearnerIs403() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let token = try await Self.token(client, "T-ALED")
            let (status, _) = try await Self.post(
                client, "/api/v1/sessions", token: token,
                #"{"date": "2026-11-20", "learner_refs": ["L-MOH"], "tutor_ref": "T-ALED", "minutes": 30, "mode": "in-person"}"#)
            #expect(status == .forbidden)
            let otherCentresProgress = try await Self.get(client, "/api/v1/learners/L-MOH/progress", token: token)
            #expect(otherCentresProgress.0 == .forbidden)
        }
    }

    @Test func progressIsTheSameDocumentAsTheCommandLines() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let token = try await Self.token(client, "T-ALED")
            let (status, body) = try await Self.get(client, "/api/v1/learners/L-CERT/progress", token: token)
            #expect(status == .ok)
            #expect((body["learner"] as? [String: Any])?["ref"] as? String == "L-CERT")
            #expect((body["progress"] as? [String: Any])?["areas"] is [Any])
            let nobodysProgress = try await Self.get(client, "/api/v1/learners/L-NOBODY/progress", token: token)
            #expect(nobodysProgress.0 == .notFound)
        }
    }

    @Test func verifyAnswersValidTamperedAndUnknown() async throws {
        let programme = try await WebProgramme.shared.value
        try await programme.application().test(.router) { client in
            let valid = try await Self.get(client, "/api/v1/certificates/verify/\(programme.certificateCode)")
            #expect(valid.1["status"] as? String == "valid")
            #expect((valid.1["facts"] as? [String: Any])?["learner"] as? String == "Eirlys Jones")
            let byToken = try await Self.get(client, "/api/v1/certificates/verify/\(programme.certificateToken)")
            #expect(byToken.1["status"] as? String == "valid")
            let tampered = try await Self.get(client, "/api/v1/certificates/verify/\(Self.altered(programme.certificateToken))")
            #expect(tampered.1["status"] as? String == "tampered")
            let unknown = try await Self.get(client, "/api/v1/certificates/verify/AAAA-AAAA-AAAA")
            #expect(unknown.1["status"] as? String == "unknown")
        }
    }

    @Test func healthAndTheOpenAPIDocumentAnswer() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let health = try await Self.get(client, "/api/v1/health")
            #expect(health.1["status"] as? String == "ok")
            let (status, document) = try await Self.get(client, "/api/v1/openapi.json")
            #expect(status == .ok)
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = (document["paths"] as? [String: Any])?.keys.sorted() ?? []
            #expect(paths.contains("/sessions") && paths.contains("/tokens") && paths.contains("/certificates/verify/{code}"))
        }
    }

    @Test func signInsFailuresAndSignOutsAreAudited() async throws {
        let programme = try await WebProgramme.shared.value
        try await programme.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("priya-coord", "wrong password!")
            try await browser.signIn("priya-coord")
            let (_, page) = try await browser.page("/learners")
            try await browser.send(.post, "/sign-out", form: [("form_token", Browser.formToken(page) ?? "")])
        }
        let actions = Set(try await programme.store.auditLog(AuditFilter(actor: "priya-coord")).map(\.action))
        #expect(actions.isSuperset(of: ["sign-in.failed", "sign-in", "sign-out"]))
    }

    /// The token with one digit of its signed facts changed.
    static func altered(_ token: String) -> String {
        var characters = Array(token)
        let index = characters.indices.dropFirst(10).first { characters[$0].isNumber } ?? 5
        characters[index] = characters[index] == "1" ? "2" : "1"
        return String(characters)
    }
}
