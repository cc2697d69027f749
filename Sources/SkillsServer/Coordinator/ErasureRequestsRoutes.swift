import Hummingbird
import SkillsCore
import SkillsServices
import SkillsStore

/// Where a coordinator confirms the erasures learners asked for: erase now, set a day, or withdraw. Each calls the
/// same `DataRightsService` as `skills learner erase`, as the signed-in coordinator, so the service decides who may.
struct ErasureRequestsRoutes {
    let site: Site

    func add(to router: Router<BasicRequestContext>) {
        router.get("/coordinator/erasures") { request, _ in
            try await site.actorPage(request) { actor, visit in try await page(ErasureRequestsView(requests: [], visit: visit), actor) }
        }
        router.post("/coordinator/erasures/{ref}") { request, context in
            try await site.actorPage(request) { actor, visit in
                let form = try await Form.read(request)
                guard let session = visit.session, form.hasToken(session.formToken) else { return ErrorPages.formExpired(visit) }
                let ref = try context.parameters.require("ref")
                let words = visit.language.erasureWords
                var view = ErasureRequestsView(requests: [], visit: visit)
                let reason = (form.value("reason") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                let rights = DataRightsService(site.services)
                switch form.value("action") {
                case _ where reason.isEmpty:
                    view.problem = (ref, "reason", words.reasonProblem)
                case "now":
                    _ = try await rights.erase(ref, reason: reason, by: actor)
                    view.done = words.erased(ref)
                case "on":
                    guard let day = Day(iso: (form.value("day") ?? "").trimmingCharacters(in: .whitespaces)) else {
                        view.problem = (ref, "day", words.dayProblem)
                        break
                    }
                    do {
                        try await rights.scheduleErasure(ref, on: day, reason: reason, by: actor)
                        view.done = words.scheduled(ref, day.description)
                    } catch ServiceError.invalid {
                        view.problem = (ref, "day", words.dayProblem)
                    }
                case "withdraw":
                    try await rights.cancelErasure(ref, reason: reason, by: actor)
                    view.done = words.withdrawn(ref)
                default:
                    view.problem = (ref, "action", words.chooseProblem)
                }
                return try await page(view, actor, status: view.problem == nil ? .ok : .unprocessableContent)
            }
        }
    }

    /// The page with the erasures still waiting, read after any change this request made.
    private func page(_ view: ErasureRequestsView, _ actor: String, status: HTTPResponse.Status = .ok) async throws -> Response {
        let requests = try await DataRightsService(site.services).erasureRequests(by: actor)
        var named: [(request: ErasureRequest, name: String)] = []
        for request in requests {
            let learner = try await LearnerService(site.services).show(request.learnerRef, by: actor)
            named.append((request, learner.name))
        }
        let shown = ErasureRequestsView(requests: named, visit: view.visit, done: view.done, problem: view.problem)
        return Page(title: view.visit.language.erasureWords.title, visit: view.visit, content: shown.html, status: status).response
    }
}
