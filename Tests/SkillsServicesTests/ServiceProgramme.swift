import Foundation
import SkillsCore
import SkillsSQLite
import SkillsServices
import SkillsTestSupport

/// A programme created through the services on a temporary SQLite store, with one centre, tutor and learner.
struct ServiceProgramme {
    let context: ServiceContext
    let folder: URL
    let keyFile: SigningKeyFile

    static let founder = "admin"

    static func make() async throws -> ServiceProgramme {
        let folder = try TestFolders.make("services")
        let database = folder.appendingPathComponent("programme.sqlite").path
        let clock = Clock.fixed(Day(iso: "2026-11-26")!)
        let context = ServiceContext(store: try SQLiteStore.create(path: database, clock: clock), clock: clock)
        let keyFile = SigningKeyFile(database: database)
        _ = try await ProgrammeService(context).create(name: "Service Test Programme", verifyURL: nil, founder: founder, keyFile: keyFile)
        try await CentreService(context).add(Centre(ref: "CARD-01", name: "Cardiff Library", regionCode: "W92000004"), by: founder)
        try await TutorService(context).add(Tutor(ref: "T-ALED", name: "Aled Rees", centreRef: "CARD-01"), by: founder)
        _ = try await LearnerService(context).enrol(
            Learner(ref: "L-GWEN", name: "Gwenllian Ŵyn", centreRef: "CARD-01", enrolledOn: Day(iso: "2026-09-01")!), contact: false,
            by: founder)
        return ServiceProgramme(context: context, folder: folder, keyFile: keyFile)
    }
}
