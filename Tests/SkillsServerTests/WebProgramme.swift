import Foundation
import Hummingbird
import SkillsCore
import SkillsSQLite
import SkillsServer
import SkillsServices
import SkillsTestSupport
import Testing

/// A small programme on a temporary SQLite store, with passwords, for the web door's tests: two centres, a tutor
/// and a signed-up actor at each, a coordinator, and learners (one named like an attack).
struct WebProgramme: Sendable {
    let context: ServiceContext
    let store: SQLiteStore
    /// A progress certificate issued to L-CERT: its code and the token its QR code holds.
    let certificateCode: String
    let certificateToken: String

    static let founder = "admin"
    static let password = "correct horse battery"
    static let attackName = "<script>alert(1)</script>"

    /// One programme shared by every test: bcrypt at cost 12 makes each password slow to set on purpose.
    static let shared = Task { try await make() }

    static func make() async throws -> WebProgramme {
        let folder = try TestFolders.make("server")
        let database = folder.appendingPathComponent("programme.sqlite").path
        let clock = Clock.fixed(Day(iso: "2026-11-26")!)
        let store = try SQLiteStore.create(path: database, clock: clock)
        let context = ServiceContext(store: store, clock: clock)
        _ = try await ProgrammeService(context).create(
            name: "Web Test Programme", verifyURL: nil, founder: founder, keyFile: SigningKeyFile(database: database))
        try await CentreService(context).add(Centre(ref: "CARD-01", name: "Cardiff Library", regionCode: "W92000004"), by: founder)
        try await CentreService(context).add(Centre(ref: "BRAD-01", name: "Bradford Library", regionCode: "E12000003"), by: founder)
        try await TutorService(context).add(
            Tutor(ref: "T-ALED", name: "Aled Rees", centreRef: "CARD-01", dbsCheckedOn: Day(iso: "2024-01-15")), by: founder)
        try await TutorService(context).add(Tutor(ref: "T-PRIYA", name: "Priya Shah", centreRef: "BRAD-01"), by: founder)
        let enrolled = Day(iso: "2026-09-01")!
        for (ref, name, centre) in [
            ("L-GWEN", "Gwenllian Ŵyn", "CARD-01"), ("L-XSS", attackName, "CARD-01"), ("L-MOH", "محمد عبد الله", "BRAD-01"),
            ("L-CERT", "Eirlys Jones", "CARD-01"), ("L-ANWEN", "Anwen Morgan", "CARD-01"), ("L-BETHAN", "Bethan Huws", "CARD-01"),
        ] {
            _ = try await LearnerService(context).enrol(
                Learner(ref: ref, name: name, centreRef: centre, enrolledOn: enrolled), contact: false, by: founder)
        }
        let accounts = AccountService(context, accounts: store)
        for (name, role, centre) in [("T-ALED", Role.tutor, "CARD-01"), ("T-PRIYA", .tutor, "BRAD-01"), ("priya-coord", .coordinator, nil)]
        {
            try await ActorService(context).add(ProgrammeActor(name: name, role: role, centreRef: centre), by: founder)
            try await accounts.setPassword(password, for: name, by: founder)
        }
        let (code, token) = try await issueCertificate(context, folder: folder, key: SigningKeyFile(database: database))
        return WebProgramme(context: context, store: store, certificateCode: code, certificateToken: token)
    }

    /// The application under test, on this programme.
    func application(_ configuration: ServerConfiguration = ServerConfiguration()) -> some ApplicationProtocol {
        Application(router: SkillsWeb.router(services: context, accounts: store, configuration: configuration))
    }

    /// Records a session for L-CERT and issues their progress certificate; returns its code and token.
    private static func issueCertificate(_ context: ServiceContext, folder: URL, key: SigningKeyFile) async throws -> (String, String) {
        _ = try await SessionService(context).record(
            Session(
                ref: "", date: Day(iso: "2026-11-20")!, minutes: 45, mode: .inPerson, tutorRef: "T-ALED", learnerRefs: ["L-CERT"],
                outcomeIDs: ["F1.1", "F1.2"]),
            allowOtherCentre: false, by: founder)
        let request = CertificateService.IssueRequest(
            learner: "L-CERT", kinds: ["progress"], language: nil, outputFolder: folder.appendingPathComponent("certificates"),
            formats: ["pdf"], dpi: 72, workers: DrawingWorkers(count: 1) { _, _ in [] })
        let result = try await CertificateService(context).issue(request, signingKey: key, by: founder, progress: { _, _ in })
        let file = try #require(result.files.first)
        let record = try #require(try await CertificateService(context).list(learner: "L-CERT", by: founder).first)
        let info = try Command.run("/usr/bin/pdfinfo", [file.path]).stdout
        let keywords = try #require(info.split(separator: "\n").first { $0.hasPrefix("Keywords:") })
        let token = String(keywords.dropFirst("Keywords:".count)).trimmingCharacters(in: .whitespaces)
        return (record.code, token)
    }
}
