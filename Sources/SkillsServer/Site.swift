import Foundation
import Hummingbird
import SkillsCore
import SkillsServices
import SkillsStore

/// What every route works with: the services, sign-in, and how the server is reached.
struct Site: Sendable {
    let services: ServiceContext
    let accounts: AccountService
    let configuration: ServerConfiguration
    /// One Cairo drawing at a time in this server: report PDFs, issuing, and a learner's certificate download.
    let drawing = Turns()

    /// The cookie that holds a browser's session id.
    static let sessionCookie = "skills_session"
    /// The cookie that remembers the language chosen.
    static let languageCookie = "skills_language"
    /// The cookie that carries the sign-in form's token before there is a session.
    static let signInFormCookie = "skills_form"

    /// Who is asking and in which language, from a request's cookies.
    func visit(_ request: Request) async throws -> Visit {
        let language = request.cookies[Self.languageCookie].flatMap { Language(rawValue: $0.value) } ?? .english
        guard let token = request.cookies[Self.sessionCookie]?.value, !token.isEmpty,
            let session = try await accounts.session(token: token)
        else { return Visit(language: language, session: nil, path: request.uri.path) }
        guard case .actor(let name) = session.holder else { return Visit(language: language, session: session, path: request.uri.path) }
        let role = try await services.store.actor(named: name)?.role
        return Visit(language: language, session: session, path: request.uri.path, role: role)
    }

    /// A cookie as this server sets them: HttpOnly, SameSite=Lax, the whole site, and Secure behind https.
    func cookie(_ name: String, _ value: String, maxAge: Int? = nil) -> Cookie {
        Cookie(
            name: name, value: value, maxAge: maxAge, path: "/", secure: configuration.secureCookies, httpOnly: true, sameSite: .lax)
    }
}

/// One request's visitor: their language, their session if signed in, and the page they asked for.
struct Visit: Sendable {
    let language: Language
    let session: WebSession?
    let path: String
    /// The signed-in actor's role as the store has it now, to offer only the pages they may use; the services still
    /// decide every request.
    var role: Role? = nil

    var strings: Strings { language.strings }

    /// The signed-in actor's name, if an actor is signed in.
    var actorName: String? {
        if case .actor(let name)? = session?.holder { return name }
        return nil
    }
}

extension Site {
    /// Runs a signed-in actor's page: a visitor who is not signed in is sent to sign in, and a service error becomes
    /// its page.
    func actorPage(_ request: Request, _ body: (_ actor: String, _ visit: Visit) async throws -> Response) async throws -> Response {
        let visit = try await visit(request)
        guard let actor = visit.actorName else { return Redirect.to("/sign-in") }
        do {
            return try await body(actor, visit)
        } catch let error as ServiceError {
            return ErrorPages.page(for: error, visit: visit)
        }
    }
}
