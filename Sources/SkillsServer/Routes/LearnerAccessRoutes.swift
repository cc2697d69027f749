import Foundation
import Hummingbird
import SkillsCore
import SkillsServices
import SkillsStore

/// A learner's own pages: sign in with the one-time code a tutor gave them, then see their progress, download their
/// certificates and their data, and ask for erasure (which a coordinator confirms).
struct LearnerAccessRoutes {
    let site: Site

    func add(to router: Router<BasicRequestContext>) {
        router.get("/learner") { request, _ in try await codePage(request) }
        router.post("/learner") { request, _ in
            let visit = try await site.visit(request)
            let form = try await Form.read(request)
            guard let expected = request.cookies[Site.signInFormCookie]?.value, form.hasToken(expected) else {
                return ErrorPages.formExpired(visit)
            }
            do {
                let signedIn = try await site.accounts.redeem(accessCode: form.value("code") ?? "")
                var response = Redirect.to("/me")
                response.setCookie(site.cookie(Site.sessionCookie, signedIn.token))
                return response
            } catch SignInRefusal.wrongNameOrPassword {
                return try await codePage(request, error: visit.strings.wrongCode)
            }
        }
        router.get("/me") { request, _ in
            try await learnerPage(request) { ref, visit in try await myPage(ref, visit) }
        }
        router.post("/me/erasure") { request, _ in
            try await learnerPage(request) { ref, visit in
                let form = try await Form.read(request)
                guard let session = visit.session, form.hasToken(session.formToken) else { return ErrorPages.formExpired(visit) }
                let reason = (form.value("reason") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                guard form.value("confirm") == "yes" else {
                    let erasure = ErasureRequestView(
                        request: nil, visit: visit, reason: reason, problem: visit.erasureWords.confirmMissing)
                    return try await myPage(ref, visit, erasure: erasure, status: .unprocessableContent)
                }
                try await LearnerAccessService(site.services).askForErasure(
                    of: ref, reason: reason.isEmpty ? Self.noReasonGiven : reason)
                return Redirect.to("/me")
            }
        }
        router.get("/me/certificates/{code}") { request, context in
            try await learnerPage(request) { ref, _ in
                let code = try context.parameters.require("code")
                let pdf = try await site.drawing.inTurn { try await LearnerAccessService(site.services).document(code, of: ref) }
                var headers = HTTPFields()
                headers[.contentType] = "application/pdf"
                headers[.contentDisposition] = "attachment; filename=\"certificate-\(code.filter { $0.isLetter || $0.isNumber }).pdf\""
                return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: pdf)))
            }
        }
        router.get("/me/data") { request, _ in
            try await learnerPage(request) { ref, _ in
                let json = try JSONFormat.encoder.encode(try await site.accounts.exportOwnData(of: ref))
                var headers = HTTPFields()
                headers[.contentType] = "application/json"
                headers[.contentDisposition] =
                    "attachment; filename=\"my-data-\(ref.filter { $0.isLetter || $0.isNumber || $0 == "-" }).json\""
                headers[.cacheControl] = "no-store"
                return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: json)))
            }
        }
    }

    /// The reason kept when a learner asks for erasure without saying why.
    static let noReasonGiven = "asked on the web; no reason given"

    /// A learner's own page: their progress, their certificates, their data, and asking for erasure.
    private func myPage(
        _ ref: String, _ visit: Visit, erasure: ErasureRequestView? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let access = LearnerAccessService(site.services)
        let (learner, progress) = try await access.progress(of: ref)
        let certificates = try await access.certificates(of: ref)
        let erasurePart: ErasureRequestView
        if let erasure {
            erasurePart = erasure
        } else {
            erasurePart = ErasureRequestView(request: try await access.erasureRequest(of: ref), visit: visit)
        }
        let content =
            LearnerRoutes.progress(learner, progress, visit) + Self.certificateList(certificates, visit.strings)
            + Self.dataSection(visit) + erasurePart.html
        return Page(title: learner.name, visit: visit, content: content, status: status).response
    }

    /// Where a learner downloads their own data: the same JSON as `skills learner export`.
    static func dataSection(_ visit: Visit) -> String {
        let words = visit.learnerPageStrings
        return "<h2>\(words.yourData)</h2><p>\(words.yourDataIntro)</p><p><a href=\"/me/data\" download>\(words.downloadData)</a></p>"
    }

    /// The code form; like the sign-in form, its token is also in a cookie until there is a session.
    private func codePage(_ request: Request, error: String? = nil) async throws -> Response {
        let visit = try await site.visit(request)
        let strings = visit.strings
        let token = request.cookies[Site.signInFormCookie]?.value ?? AccountService.newFormToken()
        let alert = error.map { "<p class=\"problem\" role=\"alert\" id=\"code-error\">\(HTML.escape($0))</p>" } ?? ""
        let content = """
            \(alert)
            <form method="post" action="/learner">
            \(Form.tokenField(token))
            <p><label for="code">\(strings.accessCodeLabel)</label>
            <input id="code" name="code" autocomplete="off" autocapitalize="characters" required\(error == nil ? "" : " aria-describedby=\"code-error\"")></p>
            <p><button type="submit">\(strings.signIn)</button></p>
            </form>
            """
        var response = Page(title: strings.learnerSignIn, visit: visit, content: content, status: error == nil ? .ok : .unauthorized)
            .response
        response.setCookie(site.cookie(Site.signInFormCookie, token))
        return response
    }

    /// Runs a signed-in learner's page: anyone else is sent to the code form.
    private func learnerPage(_ request: Request, _ body: (String, Visit) async throws -> Response) async throws -> Response {
        let visit = try await site.visit(request)
        guard case .learner(let ref)? = visit.session?.holder else { return Redirect.to("/learner") }
        do {
            return try await body(ref, visit)
        } catch let error as ServiceError {
            return ErrorPages.page(for: error, visit: visit)
        }
    }

    static func certificateList(_ certificates: [CertificateRecord], _ strings: Strings) -> String {
        guard !certificates.isEmpty else { return "<h2>\(strings.myCertificates)</h2><p>\(strings.noCertificates)</p>" }
        let items = certificates.map { record in
            "<li>\(HTML.escape(record.kind)) \(HTML.escape(record.subject)) · \(HTML.escape(String(record.issuedAt.prefix(10)))) · "
                + "<a href=\"/me/certificates/\(HTML.urlPart(record.code))\">\(strings.download)</a></li>"
        }
        return "<h2>\(strings.myCertificates)</h2><ul>\(items.joined())</ul>"
    }
}
