import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SkillsCore
import SkillsServices
import Testing

@testable import SkillsServer

/// Issuing due certificates from the web: in the background, one run at a time, with a page that shows progress.
@Suite struct CertificateIssuingTests {
    @Test func aCoordinatorIssuesEveryDueCertificateAndTheStatusPageSaysDone() async throws {
        let programme = try await WebProgramme.make()
        _ = try await SessionService(programme.context).record(
            Session(
                ref: "", date: Day(iso: "2026-11-24")!, minutes: 60, mode: .inPerson, tutorRef: "T-ALED",
                learnerRefs: ["L-GWEN", "L-ANWEN"],
                outcomeIDs: ["F1.1", "F1.2", "F1.3", "F1.4"]),
            allowOtherCentre: false, by: WebProgramme.founder)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("skills-issued-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let issuing = CertificateIssuing(signingKey: SigningKeyFile(database: programme.store.location), outputFolder: folder)
        try await programme.application(ServerConfiguration(certificates: issuing)).test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("priya-coord")
            let (_, form) = try await browser.page("/coordinator/certificates")
            #expect(form.contains("Issue every certificate that is due"))
            let started = try await browser.send(
                .post, "/coordinator/certificates", form: [("form_token", Browser.formToken(form) ?? "")])
            #expect(started.status == .seeOther)
            var html = ""
            let deadline = ContinuousClock.now + .seconds(120)
            repeat {
                html = try await browser.page("/coordinator/certificates").1
                if html.contains("Done:") { break }
                #expect(html.contains("<meta http-equiv=\"refresh\" content=\"2\">"), "a running issue's page does not refresh itself")
                try await Task.sleep(for: .milliseconds(200))
            } while ContinuousClock.now < deadline
            #expect(html.contains("Done: 2 certificates issued."))
            #expect(!html.contains("http-equiv=\"refresh\""), "a finished issue's page still refreshes")
            for learner in ["L-GWEN", "L-ANWEN"] {
                let records = try await CertificateService(programme.context).list(learner: learner, by: WebProgramme.founder)
                let module = try #require(records.first { $0.kind == "module" && $0.subject == "F1" }, "\(learner) has no F1 certificate")
                #expect(html.contains(HTML.escape("\(learner)-module-F1-\(module.code).pdf")))
                #expect(
                    FileManager.default.fileExists(
                        atPath: folder.appendingPathComponent("CARD-01/\(learner)-module-F1-\(module.code).pdf").path))
            }
            #expect(!html.contains(folder.path), "the page shows a path on the server")
        }
    }

    @Test func aTutorMayNotIssueAndAServerWithoutAKeySaysItCannot() async throws {
        try await WebProgramme.shared.value.application().test(.router) { client in
            let tutor = Browser(client)
            try await tutor.signIn("T-ALED")
            let (refused, html) = try await tutor.page("/coordinator/certificates")
            #expect(refused.status == .forbidden)
            let post = try await tutor.send(.post, "/coordinator/certificates", form: [("form_token", Browser.formToken(html) ?? "")])
            #expect(post.status == .forbidden)
            let coordinator = Browser(client)
            try await coordinator.signIn("priya-coord")
            let (_, page) = try await coordinator.page("/coordinator/certificates")
            #expect(page.contains("started without a signing key"))
            #expect(try await coordinator.send(.post, "/coordinator/certificates", form: []).status == .forbidden)
            let unable = try await coordinator.send(
                .post, "/coordinator/certificates", form: [("form_token", Browser.formToken(page) ?? "")])
            #expect(unable.status == .serviceUnavailable)
        }
    }

    @Test func aRunningIssueShowsHowManyAreDrawnAndRefreshesItself() {
        let visit = Visit(language: .english, session: nil, path: "/coordinator/certificates")
        let planning = IssuingView(progress: IssuingRun.Progress(startedBy: "priya-coord"), canIssue: true, visit: visit)
        #expect(planning.isRunning && planning.html.contains("Working out which certificates are due"))
        let drawing = IssuingView(progress: IssuingRun.Progress(startedBy: "priya-coord", done: 7, total: 12), canIssue: true, visit: visit)
        #expect(drawing.isRunning && drawing.html.contains("7 of 12 drawn") && !drawing.html.contains("<form"))
        let welsh = IssuingView(
            progress: IssuingRun.Progress(startedBy: "priya-coord", done: 7, total: 12), canIssue: true,
            visit: Visit(language: .welsh, session: nil, path: "/coordinator/certificates"))
        #expect(welsh.html.contains("Lluniwyd 7 o 12"))
        let failed = IssuingView(
            progress: IssuingRun.Progress(startedBy: "priya-coord", finished: true, failure: "the disk is full"), canIssue: true,
            visit: visit)
        #expect(!failed.isRunning && failed.html.contains("Issuing stopped: the disk is full") && failed.html.contains("<form"))
    }

    @Test func aSecondStartWhileOneRunsIsRefusedAndProgressIsKept() async throws {
        let run = IssuingRun()
        let (gate, open) = AsyncStream<Void>.makeStream()
        let first = run.start(by: "priya-coord") { report in
            report(1, 3)
            for await _ in gate { break }
            report(3, 3)
            return (["a.pdf", "b.pdf", "c.pdf"], [])
        }
        #expect(first)
        while run.progress?.done != 1 { try await Task.sleep(for: .milliseconds(10)) }
        #expect(!run.start(by: "other-coord") { _ in ([], []) }, "a second run started beside the first")
        #expect(run.progress == IssuingRun.Progress(startedBy: "priya-coord", done: 1, total: 3))
        open.yield()
        while run.progress?.finished != true { try await Task.sleep(for: .milliseconds(10)) }
        #expect(run.progress?.issued == ["a.pdf", "b.pdf", "c.pdf"] && run.progress?.done == 3)
        #expect(run.start(by: "other-coord") { _ in ([], []) }, "a finished run blocks the next")
    }
}
