import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SkillsCore
import SkillsServer
import SkillsServices
import SkillsStore
import SkillsStoreFactory
import SkillsTestSupport
import Testing

/// The web door on each store: sessions live in the store, so a second server on the same database knows the cookie
/// the first one set, and ends it after the same idle time.
@Suite struct EitherStoreTests {
    static let clock = Clock.fixed(Day(iso: "2026-11-26")!)

    @Test(
        "a tutor signs in and records a session; a second server on the same store accepts the cookie until it is idle",
        arguments: StoreKinds.available)
    func signInRecordAndShareTheSession(_ kind: String) async throws {
        let folder = try TestFolders.make("either")
        let database = kind == "postgres" ? try PostgresTestDatabase() : nil
        defer { try? database?.drop() }
        let location = try ProgrammeLocation(database?.url ?? folder.appendingPathComponent("programme.sqlite").path)
        let first = try await Self.programme(at: location, keyFile: folder.appendingPathComponent("signing-key.pem").path)

        let cookie = try await Application(
            router: SkillsWeb.router(services: first.services, accounts: first.accounts, configuration: ServerConfiguration())
        ).test(.router) {
            client in
            let browser = Browser(client)
            let signedIn = try await browser.signIn("T-ALED")
            #expect(signedIn.status == .seeOther)
            let (_, form) = try await browser.page("/sessions/new")
            let posted = try await browser.send(
                .post, "/sessions",
                form: [
                    ("form_token", try #require(Browser.formToken(form))), ("learner", "L-ANWEN"), ("date", "2026-11-26"),
                    ("minutes", "45"), ("mode", "in-person"), ("tutor", "T-ALED"), ("outcome", "F1.1"),
                ])
            #expect(posted.status == .seeOther)
            return try #require(browser.cookies["skills_session"])
        }
        #expect(try await first.services.store.sessions(SessionFilter()).total == 1)

        let second = try await location.openWithAccounts(clock: Self.clock)
        let services = ServiceContext(store: second, clock: Self.clock)
        try await Application(router: SkillsWeb.router(services: services, accounts: second, configuration: ServerConfiguration())).test(
            .router
        ) { client in
            let answer = try await client.executeRequest(
                uri: "/learners/L-ANWEN", method: .get, headers: [.cookie: "skills_session=\(cookie)"], body: nil)
            #expect(answer.status == .ok)
            #expect(String(buffer: answer.body).contains("Anwen Morgan"))
        }
        let actions = try await second.auditLog(AuditFilter(limit: 100)).map(\.action)
        #expect(actions.contains("sign-in") && actions.contains("session.record"))

        // Half an hour without a request ends the session, on every server.
        let later = Clock { Self.clock.now().addingTimeInterval(WebSessionLifetime.idle + 1) }
        let idle = ServiceContext(store: second, clock: later)
        try await Application(router: SkillsWeb.router(services: idle, accounts: second, configuration: ServerConfiguration())).test(
            .router
        ) { client in
            let answer = try await client.executeRequest(
                uri: "/learners/L-ANWEN", method: .get, headers: [.cookie: "skills_session=\(cookie)"], body: nil)
            #expect(answer.status == .seeOther)
            #expect(answer.headers[.location] == "/sign-in")
        }
    }

    /// A programme with one centre, a tutor who has a password, and a learner, on a new store at `location`.
    static func programme(at location: ProgrammeLocation, keyFile: String) async throws -> (
        services: ServiceContext, accounts: any AccountStore
    ) {
        let store = try await location.create(clock: clock)
        let accounts = try #require(store as? any AccountStore)
        let services = ServiceContext(store: store, clock: clock)
        let founder = WebProgramme.founder
        _ = try await ProgrammeService(services).create(
            name: "Either Store Programme", verifyURL: nil, founder: founder, keyFile: SigningKeyFile(database: keyFile))
        try await CentreService(services).add(Centre(ref: "CARD-01", name: "Cardiff Library", regionCode: "W92000004"), by: founder)
        try await TutorService(services).add(Tutor(ref: "T-ALED", name: "Aled Rees", centreRef: "CARD-01"), by: founder)
        _ = try await LearnerService(services).enrol(
            Learner(ref: "L-ANWEN", name: "Anwen Morgan", centreRef: "CARD-01", enrolledOn: Day(iso: "2026-09-01")!), contact: false,
            by: founder)
        try await ActorService(services).add(ProgrammeActor(name: "T-ALED", role: .tutor, centreRef: "CARD-01"), by: founder)
        try await AccountService(services, accounts: accounts).setPassword(WebProgramme.password, for: "T-ALED", by: founder)
        return (services, accounts)
    }
}
