import Foundation
import Hummingbird
import SkillsCore
import SkillsServices

/// The JSON API under `/api/v1`, described by `Resources/openapi.json`: tokens, recording sessions, a learner's
/// progress, verification and health.
struct APIRoutes {
    let site: Site

    func add(to router: Router<BasicRequestContext>) {
        let api = router.group("/api/v1")
        api.get("/health") { _, _ in
            _ = try await ProgrammeService(site.services).info()
            return APIAnswer.json(["status": "ok"])
        }
        api.get("/openapi.json") { _, _ in StaticFile.openAPI.response }
        api.post("/tokens") { request, _ in try await token(request) }
        api.post("/sessions") { request, _ in
            try await signedIn(request) { actor in try await SessionRecording(site: site).record(request, by: actor) }
        }
        api.get("/learners/{ref}/progress") { request, context in
            try await signedIn(request) { actor in
                let (learner, progress) = try await LearnerService(site.services).progress(
                    of: try context.parameters.require("ref"), curriculum: nil, by: actor)
                return try APIAnswer.encoded(LearnerProgressReport(learner: learner, progress: progress))
            }
        }
        api.get("/certificates/verify/{code}") { _, context in
            let input = try context.parameters.require("code")
            let verdict: Verdict =
                input.count > VerifyRoutes.longestInput
                ? .unknown("that is too long to be a certificate code")
                : try await CertificateService(site.services).verify(.text(input))
            return try APIAnswer.encoded(VerificationAnswer(verdict))
        }
    }

    /// `POST /api/v1/tokens`: a name and password give a bearer token, as sign-in gives a browser its cookie.
    private func token(_ request: Request) async throws -> Response {
        struct Credentials: Decodable {
            var name: String
            var password: String
        }
        let buffer = try await request.body.collect(upTo: 64 * 1024)
        guard let credentials = try? JSONDecoder().decode(Credentials.self, from: Data(buffer: buffer)) else {
            return APIAnswer.problems(
                [FieldProblem(field: "body", value: "", rule: "send {\"name\": …, \"password\": …} as JSON")], status: .unprocessableContent
            )
        }
        do {
            let signedIn = try await site.accounts.signIn(name: credentials.name, password: credentials.password)
            return try APIAnswer.encoded(TokenAnswer(token: signedIn.token, expires: signedIn.expires), status: .created)
        } catch SignInRefusal.wrongNameOrPassword {
            return APIAnswer.message("that name and password do not match", status: .unauthorized)
        } catch SignInRefusal.slowedDown(let until) {
            var response = APIAnswer.message("too many failed sign-ins for this name; try again later", status: .tooManyRequests)
            response.headers[.retryAfter] = String(max(1, Int(until.timeIntervalSince(site.services.clock.now()).rounded(.up))))
            return response
        }
    }

    /// Runs an API call for the actor a bearer token names: 401 without a live token, and each service error as its
    /// status with the problems as JSON.
    private func signedIn(_ request: Request, _ body: (String) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer "),
            let session = try await site.accounts.session(token: String(header.dropFirst("Bearer ".count))),
            case .actor(let actor) = session.holder
        else {
            var response = APIAnswer.message(
                "send a token from POST /api/v1/tokens as 'Authorization: Bearer TOKEN'", status: .unauthorized)
            response.headers[.wwwAuthenticate] = "Bearer"
            return response
        }
        do {
            return try await body(actor)
        } catch let error as ServiceError {
            return APIAnswer.error(error)
        }
    }
}
