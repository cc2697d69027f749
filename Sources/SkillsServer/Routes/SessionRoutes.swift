import Foundation
import Hummingbird
import SkillsCore
import SkillsServices

/// Recording a session from the web: the same `SessionService.record` the command line calls.
struct SessionRoutes {
    let site: Site

    func add(to router: Router<BasicRequestContext>) {
        router.get("/sessions/new") { request, _ in
            try await site.actorPage(request) { actor, visit in
                var form = SessionForm()
                form.date = site.services.clock.today.description
                let tutor = try await TutorService(site.services).tutor(forActor: actor)
                form.tutor = tutor?.ref ?? ""
                let recorded = request.uri.queryParameters.get("recorded")
                return try await page(form, actor: actor, visit: visit, recorded: recorded, status: .ok)
            }
        }
        router.post("/sessions") { request, _ in
            try await site.actorPage(request) { actor, visit in
                let posted = try await Form.read(request)
                guard let session = visit.session, posted.hasToken(session.formToken) else { return ErrorPages.formExpired(visit) }
                var form = SessionForm(posted)
                guard let recording = form.session() else {
                    form.markUnreadable(visit.words)
                    return try await page(form, actor: actor, visit: visit, recorded: nil, status: .unprocessableContent)
                }
                do {
                    let ref = try await SessionService(site.services).record(recording, allowOtherCentre: false, by: actor)
                    return Redirect.to("/sessions/new?recorded=\(HTML.urlPart(ref))")
                } catch let error as ServiceError where ErrorStatus.of(error) != .forbidden {
                    form.mark(error, visit.words)
                    return try await page(form, actor: actor, visit: visit, recorded: nil, status: ErrorStatus.of(error))
                }
            }
        }
    }

    private func page(_ form: SessionForm, actor: String, visit: Visit, recorded: String?, status: HTTPResponse.Status) async throws
        -> Response
    {
        let tutor = try await TutorService(site.services).tutor(forActor: actor)
        let learners = try await LearnerService(site.services).list(centre: tutor?.centreRef, status: .active, by: actor)
        var curriculum: Curriculum?
        if let main = try await CurriculumService(site.services).list(by: actor).first {
            curriculum = try await CurriculumService(site.services).show(main.id, version: nil, by: actor)
        }
        let content = SessionFormView(form: form, learners: learners, curriculum: curriculum, visit: visit, recorded: recorded).html
        return Page(title: visit.strings.recordSession, visit: visit, content: content, status: status).response
    }
}
