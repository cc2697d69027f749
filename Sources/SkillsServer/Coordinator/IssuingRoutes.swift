import Foundation
import Hummingbird
import SkillsCore
import SkillsServices
import SkillsStore

/// Issuing every due certificate from the web: the same `CertificateService.issue` as
/// `skills certificate issue --all-eligible`, run in the background, with a status page that refreshes itself (no
/// script) until it is done.
///
/// Certificates are drawn in this process, one at a time and in turn with every other drawing the coordinator pages
/// do (`Turns`), because Cairo must not draw on two threads at once.
struct IssuingRoutes {
    let site: Site
    let drawing: Turns
    let run: IssuingRun

    func add(to router: Router<BasicRequestContext>) {
        router.get("/coordinator/certificates") { request, _ in
            try await site.actorPage(request) { actor, visit in
                try await CertificateService(site.services).checkMayIssueAll(by: actor)
                return page(visit)
            }
        }
        router.post("/coordinator/certificates") { request, _ in
            try await site.actorPage(request) { actor, visit in
                let form = try await Form.read(request)
                guard let session = visit.session, form.hasToken(session.formToken) else { return ErrorPages.formExpired(visit) }
                try await CertificateService(site.services).checkMayIssueAll(by: actor)
                guard let settings = site.configuration.certificates else { return page(visit, status: .serviceUnavailable) }
                let services = site.services
                let drawing = drawing
                run.start(by: actor) { report in
                    let request = CertificateService.IssueRequest(
                        learner: nil, kinds: ["module", "area", "curriculum"], language: nil, outputFolder: settings.outputFolder,
                        formats: ["pdf"], dpi: 300, workers: DrawingWorkers(count: 1) { _, _ in [] })
                    let result = try await drawing.inTurn {
                        try await CertificateService(services).issue(request, signingKey: settings.signingKey, by: actor) { done, total in
                            report(done, total)
                        }
                    }
                    return ((result.resumed + result.files).map(\.lastPathComponent), result.notDrawn.map(Self.withoutFolder))
                }
                return Redirect.to("/coordinator/certificates")
            }
        }
    }

    /// "/srv/…/CARD-01/L1-module-F1-X.pdf: why" as "L1-module-F1-X.pdf: why": no server path reaches a browser.
    static func withoutFolder(_ notDrawn: String) -> String {
        guard let colon = notDrawn.range(of: ": ") else { return notDrawn }
        return URL(fileURLWithPath: String(notDrawn[..<colon.lowerBound])).lastPathComponent + notDrawn[colon.lowerBound...]
    }

    private func page(_ visit: Visit, status: HTTPResponse.Status = .ok) -> Response {
        let view = IssuingView(progress: run.progress, canIssue: site.configuration.certificates != nil, visit: visit)
        var page = Page(title: visit.language.coordinatorStrings.issueTitle, visit: visit, content: view.html, status: status)
        if view.isRunning { page.extraHead = "<meta http-equiv=\"refresh\" content=\"2\">" }
        return page.response
    }
}
