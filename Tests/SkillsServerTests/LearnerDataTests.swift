import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SkillsCore
import SkillsServices
import SkillsStore
import Testing

@testable import SkillsServer

/// A learner signed in with their access code downloads everything held about them: the JSON `learner export` writes.
@Suite struct LearnerDataTests {
    /// Enrols a learner only this test uses, so no other test's audit entries land in their export, and signs them in.
    static func signedInLearner(_ client: some TestClientProtocol, _ programme: WebProgramme, name: String) async throws -> (
        Browser, String
    ) {
        let ref = try await LearnerService(programme.context).enrol(
            Learner(ref: "", name: name, preferredLanguage: "cy", centreRef: "CARD-01", enrolledOn: Day(iso: "2026-11-02")!),
            contact: true, by: WebProgramme.founder)
        let code = try #require(try await LearnerAccessTests.makeCode(client, for: ref).0)
        let learner = Browser(client)
        let (_, form) = try await learner.page("/learner")
        try await learner.send(.post, "/learner", form: [("form_token", Browser.formToken(form) ?? ""), ("code", code)])
        return (learner, ref)
    }

    static func json(_ data: Data) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
    }

    @Test func aLearnerDownloadsTheSameJSONAsTheExportCommand() async throws {
        let programme = try await WebProgramme.shared.value
        try await programme.application().test(.router) { client in
            let (learner, ref) = try await Self.signedInLearner(client, programme, name: "Dafydd Export")
            let (_, mine) = try await learner.page("/me")
            #expect(mine.contains("href=\"/me/data\""))

            let download = try await learner.send(.get, "/me/data")
            #expect(download.status == .ok)
            #expect(download.headers[.contentType] == "application/json")
            #expect(download.headers[.contentDisposition] == "attachment; filename=\"my-data-\(ref).json\"")
            #expect(download.headers[.cacheControl] == "no-store")
            let downloaded = Data(buffer: download.body)

            // The export service (what `skills learner export` runs), asked now, holds one audit entry more: the
            // download itself, recorded as the learner's own. Everything else is the same, byte for byte.
            var exported = Data()
            _ = try await DataRightsService(programme.context).export(ref, to: "compare.json", by: WebProgramme.founder) { export in
                exported = try JSONFormat.encoder.encode(export)
            }
            let web = try Self.json(downloaded)
            let command = try Self.json(exported).mutableCopy() as! NSMutableDictionary
            let entries = try #require(command["audit_entries"] as? [[String: Any]])
            let last = try #require(entries.last)
            #expect(last["action"] as? String == "learner.export" && last["actor"] as? String == ref)
            command["audit_entries"] = Array(entries.dropLast())
            #expect(web.isEqual(to: command as! [AnyHashable: Any]), "the web download differs from the export command's JSON")
            #expect(web["format"] as? String == "digitalskills-learner-export/1")
            #expect((web["learner"] as? [String: Any])?["name"] as? String == "Dafydd Export")

            #expect(String(decoding: downloaded, as: UTF8.self).hasPrefix("{\n  \"audit_entries\""), "not the export's pretty, sorted form")
        }
    }

    @Test func onlyALearnerSignedInWithACodeGetsData() async throws {
        let programme = try await WebProgramme.shared.value
        try await programme.application().test(.router) { client in
            let tutor = Browser(client)
            try await tutor.signIn("T-ALED")
            let asTutor = try await tutor.send(.get, "/me/data")
            #expect(asTutor.status == .seeOther && asTutor.headers[.location] == "/learner")
            let stranger = try await Browser(client).send(.get, "/me/data")
            #expect(stranger.status == .seeOther && stranger.headers[.location] == "/learner")

            // Each learner gets their own data, whatever they ask for: the ref comes from the session.
            let (other, otherRef) = try await Self.signedInLearner(client, programme, name: "Elin Other")
            let download = try await other.send(.get, "/me/data?ref=L-CERT")
            let data = try Self.json(Data(buffer: download.body))
            #expect((data["learner"] as? [String: Any])?["ref"] as? String == otherRef)
            #expect(!String(buffer: download.body).contains("Eirlys"))
        }
    }
}
