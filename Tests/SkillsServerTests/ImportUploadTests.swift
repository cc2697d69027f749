import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SkillsCore
import SkillsServices
import SkillsStore
import Testing

@testable import SkillsServer

/// Uploading a CSV import: the command line's all-or-nothing rules and `LINE:COLUMN` problems, through a browser's form.
@Suite struct ImportUploadTests {
    @Test func aGoodFileImportsAndTheSummarySaysSo() async throws {
        let programme = try await WebProgramme.make()
        try await programme.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("priya-coord")
            let (form, html) = try await browser.page("/coordinator/import")
            #expect(form.status == .ok)
            #expect(html.contains("enctype=\"multipart/form-data\"") && html.contains("type=\"file\""))
            let csv = "centre_ref,name,region_code\nSWAN-01,Swansea Library,W92000004\nNEWP-01,Newport Library,W92000004\n"
            let answer = try await browser.upload(
                "/coordinator/import", fields: [("form_token", Browser.formToken(html) ?? ""), ("kind", "centres")],
                file: ("centres.csv", csv))
            #expect(answer.status == .ok)
            #expect(String(buffer: answer.body).contains("Imported: 2 rows read, 2 new, 0 already present."))
            let centres = try await CentreService(programme.context).list(by: WebProgramme.founder).map(\.ref)
            #expect(centres.contains("SWAN-01") && centres.contains("NEWP-01"))
        }
    }

    @Test func aFileWithABadRowImportsNothingAndNamesTheLine() async throws {
        let programme = try await WebProgramme.make()
        try await programme.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("priya-coord")
            let (_, html) = try await browser.page("/coordinator/import")
            let csv =
                "learner_ref,name,year_of_birth,centre_ref,enrolled_on\nL-NEW1,Nia Owen,1950,CARD-01,2026-10-01\n"
                + "L-NEW2,Rhys Bowen,19x0,CARD-01,2026-10-01\n"
            let answer = try await browser.upload(
                "/coordinator/import", fields: [("form_token", Browser.formToken(html) ?? ""), ("kind", "learners")],
                file: ("october <learners>.csv", csv))
            #expect(answer.status == .unprocessableContent)
            let page = String(buffer: answer.body)
            #expect(page.contains("nothing was imported"))
            #expect(page.contains("<code>october &lt;learners&gt;.csv:3:3</code>"), "the problem's LINE:COLUMN is not listed")
            #expect(page.contains("19x0"))
            let learners = try await LearnerService(programme.context).list(centre: nil, status: nil, by: WebProgramme.founder)
            #expect(!learners.contains { $0.ref == "L-NEW1" }, "a good row was imported from a file with a bad one")
            let manyBad =
                "learner_ref,name,year_of_birth,centre_ref,enrolled_on\n"
                + (1...60).map { "L-BAD\($0),Name,19x0,CARD-01,2026-10-01\n" }.joined()
            let capped = try await browser.upload(
                "/coordinator/import", fields: [("form_token", Browser.formToken(html) ?? ""), ("kind", "learners")],
                file: ("bad.csv", manyBad))
            let listed = String(buffer: capped.body)
            #expect(listed.components(separatedBy: "<li><code>bad.csv:").count - 1 == 50, "not capped at 50 as the command line caps them")
            #expect(listed.contains("… and 10 more problem(s)."))
        }
    }

    @Test func aDryRunWritesNothingAndDayFirstDatesAreReadWhenSaid() async throws {
        let programme = try await WebProgramme.make()
        try await programme.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("priya-coord")
            let token = Browser.formToken(try await browser.page("/coordinator/import").1) ?? ""
            let csv = "tutor_ref,name,centre_ref,dbs_checked_on\nT-NIA,Nia Owen,CARD-01,15/01/2026\n"
            let checked = try await browser.upload(
                "/coordinator/import", fields: [("form_token", token), ("kind", "tutors"), ("day_first", "yes"), ("dry_run", "yes")],
                file: ("tutors.csv", csv))
            #expect(String(buffer: checked.body).contains("Checked only, nothing was written: 1 rows read, 1 would be new"))
            #expect(try await TutorService(programme.context).list(centre: nil, by: WebProgramme.founder).allSatisfy { $0.ref != "T-NIA" })
            let isoOnly = try await browser.upload(
                "/coordinator/import", fields: [("form_token", token), ("kind", "tutors")], file: ("tutors.csv", csv))
            #expect(isoOnly.status == .unprocessableContent, "15/01/2026 was read without saying dates are day first")
            let imported = try await browser.upload(
                "/coordinator/import", fields: [("form_token", token), ("kind", "tutors"), ("day_first", "yes")], file: ("tutors.csv", csv))
            #expect(String(buffer: imported.body).contains("Imported: 1 rows read, 1 new"))
            let tutor = try await TutorService(programme.context).show("T-NIA", by: WebProgramme.founder)
            #expect(tutor.dbsCheckedOn == Day(iso: "2026-01-15"))
            let audit = try await AuditService(programme.context).log(AuditFilter(actor: "priya-coord"), by: WebProgramme.founder)
            #expect(
                audit.contains { $0.action == "import.tutors" && $0.record.hasSuffix("/tutors.csv") },
                "the import is not audited as the coordinator, naming the file sent")
        }
    }

    @Test func anUploadWithoutItsTokenOrFromATutorIsRefusedAndImportsNothing() async throws {
        let programme = try await WebProgramme.make()
        try await programme.application().test(.router) { client in
            let csv = "centre_ref,name,region_code\nFORGED-01,Forged Library,W92000004\n"
            let coordinator = Browser(client)
            try await coordinator.signIn("priya-coord")
            let missing = try await coordinator.upload("/coordinator/import", fields: [("kind", "centres")], file: ("c.csv", csv))
            #expect(missing.status == .forbidden)
            let forged = try await coordinator.upload(
                "/coordinator/import", fields: [("form_token", "forged"), ("kind", "centres")], file: ("c.csv", csv))
            #expect(forged.status == .forbidden)
            let tutor = Browser(client)
            try await tutor.signIn("T-ALED")
            let (refusedForm, html) = try await tutor.page("/coordinator/import")
            #expect(refusedForm.status == .forbidden)
            let refused = try await tutor.upload(
                "/coordinator/import", fields: [("form_token", Browser.formToken(html) ?? ""), ("kind", "centres")], file: ("c.csv", csv))
            #expect(refused.status == .forbidden)
            let centres = try await CentreService(programme.context).list(by: WebProgramme.founder).map(\.ref)
            #expect(!centres.contains("FORGED-01"))
        }
    }

    @Test func anUploadThatIsNotMultipartOrHasNoFileIsExplained() async throws {
        let programme = try await WebProgramme.make()
        try await programme.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("priya-coord")
            let (_, html) = try await browser.page("/coordinator/import")
            let token = Browser.formToken(html) ?? ""
            let urlencoded = try await browser.send(.post, "/coordinator/import", form: [("form_token", token), ("kind", "centres")])
            #expect(urlencoded.status == .unsupportedMediaType)
            #expect(String(buffer: urlencoded.body).contains("did not arrive as a file upload"))
            let noFile = try await browser.upload("/coordinator/import", fields: [("form_token", token), ("kind", "centres")], file: nil)
            #expect(noFile.status == .unprocessableContent)
            #expect(String(buffer: noFile.body).contains("Choose a CSV file to import."))
        }
    }

    @Test func aFileLargerThanTwentyMegabytesIsRefusedWithTheLimit() async throws {
        let programme = try await WebProgramme.make()
        try await programme.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("priya-coord")
            let (_, html) = try await browser.page("/coordinator/import")
            let big = "centre_ref,name,region_code\n" + String(repeating: "X-1,Big,W92000004\n", count: 21 * 1024 * 1024 / 18)
            let answer = try await browser.upload(
                "/coordinator/import", fields: [("form_token", Browser.formToken(html) ?? ""), ("kind", "centres")], file: ("big.csv", big))
            #expect(answer.status == .contentTooLarge)
            #expect(String(buffer: answer.body).contains("larger than 20 MB"))
        }
    }

    @Test func aSentFileNameNeverBecomesAPath() {
        #expect(ImportRoutes.safeFileName("october sessions.csv") == "october sessions.csv")
        #expect(ImportRoutes.safeFileName("../../etc/passwd") == "passwd")
        #expect(ImportRoutes.safeFileName("C:\\Users\\me\\tutors.csv") == "tutors.csv")
        #expect(ImportRoutes.safeFileName("..") == "upload.csv")
        #expect(ImportRoutes.safeFileName("<b>.csv") == "b.csv")
    }
}

extension Browser {
    /// Posts a `multipart/form-data` form, as a browser does for a form with a file field, with the cookies held.
    func upload(_ uri: String, fields: [(String, String)], file: (name: String, text: String)?) async throws -> TestResponse {
        let boundary = "----skills\(UUID().uuidString)"
        var body = fields.map { "--\(boundary)\r\nContent-Disposition: form-data; name=\"\($0.0)\"\r\n\r\n\($0.1)\r\n" }.joined()
        let fileName = file?.name ?? ""
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\n"
        body += "Content-Type: text/csv\r\n\r\n\(file?.text ?? "")\r\n--\(boundary)--\r\n"
        var headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]
        headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        return try await client.executeRequest(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }
}
