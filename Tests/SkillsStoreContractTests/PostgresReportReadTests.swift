import SkillsCore
import SkillsStore
import Testing

@testable import SkillsPostgres

@Suite("PostgreSQL's regional report read in runs of learners", .droppingTestDatabases, .enabled(if: ContractStores.postgresServer != nil))
struct PostgresReportReadTests {
    /// Seven learners at two centres; group sessions whose learners fall in different runs when runs are short.
    static func programme(_ kind: String) async throws -> ContractProgramme {
        let programme = try await ContractProgramme.make(kind)
        var learners = ["L-A", "L-B"]
        for index in 0..<5 {
            learners.append(try await programme.enrol("L-\(index)", "Learner \(index)", at: index % 2 == 0 ? "CARD-01" : "BRAD-01"))
        }
        _ = try await programme.record("G-1", learners: [learners[0], learners[6]], outcomes: ["F1.1"], on: "2026-10-05")
        _ = try await programme.record("G-2", learners: [learners[1], learners[3], learners[5]], outcomes: ["F1.2"], on: "2026-10-12")
        for (index, learner) in learners.enumerated() {
            _ = try await programme.record(
                learners: [learner], outcomes: index % 3 == 0 ? ["F1.1", "F1.2", "S1.1"] : [], on: "2026-11-0\(index + 1)")
        }
        return programme
    }

    @Test("the same figures as SQLite's however many learners one query reads, group sessions delivered once")
    func runsAgreeWithSQLite() async throws {
        let request = RegionalRequest(from: nil, to: Day(year: 2026, month: 11, day: 30)!)
        let sqlite = try await Self.programme("sqlite")
        let expected = RegionalComputation.figures(
            try await sqlite.store.reportInput(curriculum: ContractProgramme.curriculum, request: request), consentingOnly: false)
        #expect(expected.total.sessions == 12)
        #expect(expected.total.deliveredSessions == 9)
        let postgres = try #require(try await Self.programme("postgres").store as? PostgresStore)
        for learnersPerRead in [1, 2, 3, 7, PostgresStore.learnersPerRead] {
            let input = try await postgres.reportInput(
                curriculum: ContractProgramme.curriculum, request: request, learnersPerRead: learnersPerRead)
            #expect(input.learnerCount == 7)
            #expect(input.attendanceCount == 12)
            #expect(RegionalComputation.figures(input, consentingOnly: false) == expected, "\(learnersPerRead) learners a query")
        }
    }
}
