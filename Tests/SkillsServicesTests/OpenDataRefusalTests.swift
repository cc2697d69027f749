import Foundation
import SkillsCore
import SkillsServices
import SkillsTestSupport
import Testing

/// Open data only for a standard period: asked for any other run of days, the report service refuses before it
/// computes anything, so the refusal costs nothing however large the programme.
@Suite struct OpenDataRefusalTests {
    @Test func openDataForARunOfDaysIsRefusedBeforeAnyFigureIsComputed() async throws {
        let programme = try await ServiceProgramme.make()
        let reports = ReportService(programme.context)
        let (from, to) = (Day(iso: "2026-01-05")!, Day(iso: "2026-02-10")!)
        // Given a store that can no longer read a report's sessions, so that computing any report fails,
        let dropped = try Command.run(
            "/usr/bin/sqlite3", [programme.folder.appendingPathComponent("programme.sqlite").path, "DROP TABLE sessions"])
        #expect(dropped.status == 0, "\(dropped.stderr)")
        await #expect(throws: (any Error).self, "the report still computes: the store is not broken") {
            _ = try await reports.regionalContent(from: from, to: to, by: ServiceProgramme.founder)
        }
        // the open data refusal is answered all the same, in plain words: the rule is checked first.
        let refusal = ServiceError.invalid(field: "period", value: "2026-01-05 to 2026-02-10", StandardPeriod.whyOpenDataNeedsOne)
        await #expect(throws: refusal) { _ = try await reports.openDataPeriod(from: from, to: to, by: ServiceProgramme.founder) }
        let october = try await reports.openDataPeriod(
            from: Day(iso: "2026-10-01")!, to: Day(iso: "2026-10-31")!, by: ServiceProgramme.founder)
        #expect(october == .month(year: 2026, month: 10))
    }

    @Test func aFirstDayAfterTheLastAndSomeoneWhoMayNotReportAreRefusedFirst() async throws {
        let programme = try await ServiceProgramme.make()
        let reports = ReportService(programme.context)
        let backwards = ServiceError.invalid(
            field: "from", value: "2026-02-10", "'2026-02-10' is after '2026-01-05'", hint: "give the earlier date first")
        await #expect(throws: backwards) {
            _ = try await reports.openDataPeriod(from: Day(iso: "2026-02-10")!, to: Day(iso: "2026-01-05")!, by: ServiceProgramme.founder)
        }
        try await ActorService(programme.context).add(
            ProgrammeActor(name: "T-ALED", role: .tutor, centreRef: "CARD-01"), by: ServiceProgramme.founder)
        await #expect {
            _ = try await reports.openDataPeriod(from: Day(iso: "2026-01-05")!, to: Day(iso: "2026-02-10")!, by: "T-ALED")
        } throws: { error in
            if case .refused? = error as? ServiceError { return true }
            return false
        }
    }
}
