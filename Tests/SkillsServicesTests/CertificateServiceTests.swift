import Foundation
import SkillsCore
import SkillsServices
import SkillsTestSupport
import Testing

@Suite("Certificate service")
struct CertificateServiceTests {
    @Test("a certificate drawn again in memory reads the same as the file that was issued")
    func documentInMemory() async throws {
        let programme = try await ServiceProgramme.make()
        _ = try await SessionService(programme.context).record(
            Session(
                ref: "", date: Day(iso: "2026-11-20")!, minutes: 45, mode: .inPerson, tutorRef: "T-ALED", learnerRefs: ["L-GWEN"],
                outcomeIDs: ["F1.1", "F1.2"]),
            allowOtherCentre: false, by: ServiceProgramme.founder)
        let request = CertificateService.IssueRequest(
            learner: "L-GWEN", kinds: ["progress"], language: nil, outputFolder: programme.folder.appendingPathComponent("out"),
            formats: ["pdf"], dpi: 72, workers: DrawingWorkers(count: 1) { _, _ in [] })
        let result = try await CertificateService(programme.context).issue(
            request, signingKey: programme.keyFile, by: ServiceProgramme.founder, progress: { _, _ in })
        let file = try #require(result.files.first)
        let record = try #require(
            try await CertificateService(programme.context).list(learner: "L-GWEN", by: ServiceProgramme.founder).first)
        let data = try await CertificateService(programme.context).document(record.code, by: ServiceProgramme.founder)
        #expect(data.starts(with: Data("%PDF".utf8)))
        let copy = programme.folder.appendingPathComponent("copy.pdf")
        try data.write(to: copy)
        let drawn = try Command.run("/usr/bin/pdftotext", ["-enc", "UTF-8", copy.path, "-"]).stdout
        let issued = try Command.run("/usr/bin/pdftotext", ["-enc", "UTF-8", file.path, "-"]).stdout
        #expect(drawn.contains("Gwenllian Ŵyn"))
        #expect(drawn == issued)
    }

    @Test("text given to the verifier is never opened as a file", arguments: ["../../etc/passwd", "/etc/passwd", "programme.sqlite"])
    func textIsNotAPath(_ text: String) async throws {
        let programme = try await ServiceProgramme.make()
        let verdict = try await CertificateService(programme.context).verify(.text(text))
        guard case .unknown(let why) = verdict else {
            Issue.record("'\(text)' was not refused as unknown: \(verdict)")
            return
        }
        #expect(why.contains("not a certificate code"))
        #expect(!why.contains("root:"))
    }
}
