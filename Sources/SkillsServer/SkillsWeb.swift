import Foundation
import Hummingbird
import HummingbirdTLS
import Logging
import NIOCore
import SkillsServices
import SkillsStore

/// The web door: the pages, the JSON API and the middleware every answer passes through.
public enum SkillsWeb {
    /// The router with every route, for the server and for in-process tests.
    public static func router(
        services: ServiceContext, accounts: any AccountStore, configuration: ServerConfiguration
    ) -> Router<BasicRequestContext> {
        let site = Site(services: services, accounts: AccountService(services, accounts: accounts), configuration: configuration)
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: SecurityHeadersMiddleware())
        StaticRoutes(site: site).add(to: router)
        SignInRoutes(site: site).add(to: router)
        LearnerRoutes(site: site).add(to: router)
        EnrolRoutes(site: site).add(to: router)
        SessionRoutes(site: site).add(to: router)
        TutorRoutes(site: site).add(to: router)
        VerifyRoutes(site: site).add(to: router)
        LearnerAccessRoutes(site: site).add(to: router)
        APIRoutes(site: site).add(to: router)
        CoordinatorRoutes(site: site).add(to: router)
        return router
    }

    /// The application `skills serve` runs: answers HTTPS when the configuration has a TLS identity, else HTTP; stops
    /// gracefully on SIGTERM or SIGINT, finishing requests in flight, and calls `onListening` with the port it bound
    /// (the real one when asked for port 0).
    public static func application(
        services: ServiceContext, accounts: any AccountStore, configuration: ServerConfiguration, logger: Logger,
        onListening: @escaping @Sendable (Int) -> Void
    ) throws -> some ApplicationProtocol {
        Application(
            router: router(services: services, accounts: accounts, configuration: configuration),
            server: try configuration.tls.map { try .tls(.http1(), tlsConfiguration: $0.configuration) } ?? .http1(),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port), serverName: "DigitalSkills"),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
    }
}
