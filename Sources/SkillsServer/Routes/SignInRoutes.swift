import Foundation
import Hummingbird
import SkillsServices

/// Signing in and out, and the language switch.
struct SignInRoutes {
    let site: Site

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in
            let visit = try await site.visit(request)
            return Redirect.to(visit.actorName != nil ? "/learners" : "/sign-in")
        }
        router.get("/sign-in") { request, _ in try await signInPage(request) }
        router.post("/sign-in") { request, _ in try await signIn(request) }
        router.post("/sign-out") { request, _ in try await signOut(request) }
        router.get("/language") { request, _ in
            let language = request.uri.queryParameters.get("to").flatMap(Language.init(rawValue:)) ?? .english
            var response = Redirect.to(Redirect.localPath(request.uri.queryParameters.get("back")))
            response.setCookie(site.cookie(Site.languageCookie, language.rawValue, maxAge: 365 * 86_400))
            return response
        }
    }

    /// The sign-in form; before there is a session, its token is also set in a cookie and the two must match.
    private func signInPage(_ request: Request, name: String = "", error: String? = nil, status: HTTPResponse.Status = .ok) async throws
        -> Response
    {
        let visit = try await site.visit(request)
        let strings = visit.strings
        let token = request.cookies[Site.signInFormCookie]?.value ?? AccountService.newFormToken()
        let alert = error.map { "<p class=\"problem\" role=\"alert\" id=\"sign-in-error\">\(HTML.escape($0))</p>" } ?? ""
        let described = error == nil ? "" : " aria-describedby=\"sign-in-error\""
        let content = """
            \(alert)
            <form method="post" action="/sign-in">
            \(Form.tokenField(token))
            <p><label for="name">\(strings.name)</label>
            <input id="name" name="name" autocomplete="username" required value="\(HTML.escape(name))"\(described)></p>
            <p><label for="password">\(strings.password)</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required\(described)></p>
            <p><button type="submit">\(strings.signIn)</button></p>
            </form>
            <p><a href="/learner">\(strings.learnerLink)</a></p>
            """
        var response = Page(title: strings.signIn, visit: visit, content: content, status: status).response
        response.setCookie(site.cookie(Site.signInFormCookie, token))
        return response
    }

    private func signIn(_ request: Request) async throws -> Response {
        let visit = try await site.visit(request)
        let form = try await Form.read(request)
        guard let expected = request.cookies[Site.signInFormCookie]?.value, form.hasToken(expected) else {
            return ErrorPages.formExpired(visit)
        }
        let name = form.value("name") ?? ""
        do {
            let signedIn = try await site.accounts.signIn(name: name, password: form.value("password") ?? "")
            var response = Redirect.to("/learners")
            response.setCookie(site.cookie(Site.sessionCookie, signedIn.token))
            return response
        } catch SignInRefusal.wrongNameOrPassword {
            return try await signInPage(request, name: name, error: visit.strings.wrongNameOrPassword, status: .unauthorized)
        } catch SignInRefusal.slowedDown(let until) {
            let time = until.formatted(Date.ISO8601FormatStyle().time(includingFractionalSeconds: false))
            return try await signInPage(request, name: name, error: visit.strings.slowedDown(time), status: .tooManyRequests)
        }
    }

    private func signOut(_ request: Request) async throws -> Response {
        let visit = try await site.visit(request)
        let form = try await Form.read(request)
        guard let session = visit.session, form.hasToken(session.formToken) else { return ErrorPages.formExpired(visit) }
        if let token = request.cookies[Site.sessionCookie]?.value { try await site.accounts.signOut(token: token) }
        var response = Redirect.to("/sign-in")
        response.setCookie(site.cookie(Site.sessionCookie, "", maxAge: 0))
        return response
    }
}
