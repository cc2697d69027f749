import Foundation
import SkillsCore
import SkillsStore
import Testing

@Suite("Store contract: what every store implementation must do", .droppingTestDatabases)
struct StoreContractTests {
    @Test("every change is attributed to who made it and chained to the one before", arguments: ContractStores.kinds)
    func attributionAndChain(_ kind: String) async throws {
        let programme = try await ContractProgramme.make(kind)
        _ = try await programme.record(learners: ["L-A"], outcomes: ["F1.1"])
        let entries = try await programme.store.auditLog(AuditFilter(limit: 1000))
        #expect(entries.first?.actor == ContractProgramme.coordinator)
        #expect(entries.first?.action == "session.record")
        #expect(entries.last?.action == "programme.create")
        #expect(entries.last?.actor == ContractProgramme.admin)
        #expect(Set(entries.map(\.actor)) == [ContractProgramme.admin, ContractProgramme.coordinator])
        let check = try await programme.store.verifyAudit()
        #expect(check.problem == nil)
        #expect(check.entries == entries.count)
        #expect(check.head == entries.first?.hash)
    }

    @Test("a refused change writes nothing, and the refusal can be recorded", arguments: ContractStores.kinds)
    func refusal(_ kind: String) async throws {
        let programme = try await ContractProgramme.make(kind)
        let before = try await programme.store.auditLog(AuditFilter(limit: 1000)).count
        let attempt = Learner(ref: "L-X", name: "Xavier", centreRef: "BRAD-01", enrolledOn: ContractStores.today)
        await #expect(throws: ServiceError.self) {
            _ = try await programme.store.enrolLearner(
                attempt, contact: false, by: Authorisation(ContractProgramme.tutor, .manageLearners, centres: ["BRAD-01"]))
        }
        do {
            _ = try await programme.store.recordSession(
                Session(ref: "", date: ContractStores.today, minutes: 30, mode: .phone, tutorRef: "T-PRIYA", learnerRefs: ["L-B"]),
                allowOtherCentre: false, by: Authorisation(ContractProgramme.tutor, .recordSession, learners: ["L-B"]))
            Issue.record("a tutor recorded a session for another centre's learner")
        } catch ServiceError.refused(let refusal) {
            #expect(refusal.reason == .otherCentre(own: "CARD-01", other: "BRAD-01"))
            try await programme.store.recordRefusal(refusal)
        }
        await #expect(throws: ServiceError.self) { _ = try await programme.store.learner("L-X") }
        let after = try await programme.store.auditLog(AuditFilter(limit: 1000))
        #expect(after.count == before + 1)
        #expect(after.first?.action == "refused")
        #expect(try await programme.store.sessions(SessionFilter()).total == 0)
    }

    @Test("an empty ref gets the next free one and never a taken one", arguments: ContractStores.kinds)
    func refs(_ kind: String) async throws {
        let programme = try await ContractProgramme.make(kind)
        let first = try await programme.enrol("", "Carys", at: "CARD-01")
        let second = try await programme.enrol("", "Dai", at: "CARD-01")
        #expect(first != second)
        #expect(!["L-A", "L-B"].contains(first))
        let taken = try await programme.record("S000002", learners: ["L-A"])
        var made = Set([taken])
        for _ in 0..<3 { made.insert(try await programme.record(learners: ["L-B"])) }
        #expect(made.count == 4)
        await #expect(throws: ServiceError.self) { _ = try await programme.enrol(first, "Someone else", at: "CARD-01") }
        #expect(try await programme.store.sessions(SessionFilter()).total == 4)
    }

    @Test("a group session is one session with several learners", arguments: ContractStores.kinds)
    func groupSession(_ kind: String) async throws {
        let programme = try await ContractProgramme.make(kind)
        let ref = try await programme.record(learners: ["L-A", "L-B"], outcomes: ["F1.1"])
        let (sessions, total) = try await programme.store.sessions(SessionFilter())
        #expect(total == 1)
        #expect(sessions.first?.ref == ref)
        #expect(Set(sessions.first?.learnerRefs ?? []) == ["L-A", "L-B"])
        #expect(try await programme.store.progress(of: "L-B", curriculumID: nil).sessions == 1)
    }

    @Test("importing the same file twice adds nothing the second time; a conflicting file adds nothing", arguments: ContractStores.kinds)
    func idempotentImport(_ kind: String) async throws {
        let programme = try await ContractProgramme.make(kind)
        let csv = """
            session_ref,date,learner_ref,tutor_ref,minutes,mode,outcomes,notes
            G-1,2026-11-02,L-A,T-ALED,60,in-person,F1.1;F1.2,
            G-1,2026-11-02,L-B,T-ALED,60,in-person,F1.1,
            G-2,2026-11-09,L-A,T-ALED,30,phone,S1.1,

            """
        let first = try await importSessions(csv, into: programme)
        #expect(first.problems.isEmpty)
        #expect(first.inserted == 3)
        let again = try await importSessions(csv, into: programme)
        #expect(again.inserted == 0)
        #expect(again.alreadyPresent == 3)
        let changed = csv.replacingOccurrences(of: "G-2,2026-11-09,L-A,T-ALED,30", with: "G-2,2026-11-09,L-A,T-ALED,45")
        let conflict = try await importSessions(changed, into: programme)
        #expect(conflict.problems.count == 1)
        #expect(conflict.problems.first.first?.line == 4)
        #expect(try await programme.store.sessions(SessionFilter()).total == 2)
        #expect(try await programme.store.progress(of: "L-A", curriculumID: nil).achievedCount == 3)
    }

    @Test("an imported ref shaped like the store's own moves the counter past it", arguments: ContractStores.kinds)
    func importedRefMovesTheCounter(_ kind: String) async throws {
        let programme = try await ContractProgramme.make(kind)
        let csv = """
            session_ref,date,learner_ref,tutor_ref,minutes,mode,outcomes,notes
            S000007,2026-11-02,L-A,T-ALED,60,in-person,,
            S00009X,2026-11-03,L-A,T-ALED,60,in-person,,

            """
        #expect(try await importSessions(csv, into: programme).inserted == 2)
        #expect(try await programme.record(learners: ["L-B"]) == "S000008")
    }

    @Test("consent decisions keep their history, oldest first, and the open-data flag follows", arguments: ContractStores.kinds)
    func consentHistory(_ kind: String) async throws {
        let programme = try await ContractProgramme.make(kind)
        let authority = Authorisation(ContractProgramme.coordinator, .manageLearners, learners: ["L-A"])
        try await programme.store.recordConsent(learner: "L-A", [.openStatistics: true], by: authority)
        try await programme.store.recordConsent(learner: "L-A", [.openStatistics: false, .contact: true], by: authority)
        let history = try await programme.store.consentHistory(learner: "L-A")
        let openStatistics = history.filter { $0.purpose == .openStatistics }.map(\.given)
        #expect(openStatistics == [false, true, false])
        #expect(history.first?.purpose == .programme)
        #expect(history.allSatisfy { !$0.recordedBy.isEmpty })
        #expect(try await programme.store.learner("L-A").openDataConsent == false)
    }

    @Test("erasure removes the name everywhere the store shows it and keeps the anonymous facts", arguments: ContractStores.kinds)
    func erasure(_ kind: String) async throws {
        let programme = try await ContractProgramme.make(kind)
        _ = try await programme.record(learners: ["L-A"], outcomes: ["F1.1"])
        _ = try await programme.store.eraseLearners(
            [LearnerErasure(ref: "L-A", reason: "learner's request")],
            by: Authorisation(ContractProgramme.coordinator, .eraseLearnerData, learners: ["L-A"]))
        let learner = try await programme.store.learner("L-A")
        #expect(learner.name == Learner.erasedName)
        #expect(learner.yearOfBirth == nil)
        let records = try await programme.store.learnerRecords("L-A")
        let text =
            String(decoding: try JSONEncoder().encode(records.sessions), as: UTF8.self) + records.auditEntries.map(\.details).joined()
        #expect(!text.contains("Anwen"))
        #expect(records.sessions.count == 1)
        #expect(records.auditEntries.contains { $0.action == "learner.erase" && $0.record == "learner:L-A" })
        #expect(try await programme.store.progress(of: "L-A", curriculumID: nil).achievedCount == 1)
        await #expect(throws: ServiceError.conflict(.alreadyErased(learner: "L-A"))) {
            _ = try await programme.store.eraseLearners(
                [LearnerErasure(ref: "L-A", reason: "again")],
                by: Authorisation(ContractProgramme.coordinator, .eraseLearnerData, learners: ["L-A"]))
        }
        #expect(try await programme.store.verifyAudit().problem == nil)
    }

    @Test("a retention run erases many learners at once, each audited with its reason", arguments: ContractStores.kinds)
    func batchErasure(_ kind: String) async throws {
        let programme = try await ContractProgramme.make(kind)
        var refs = ["L-A", "L-B"]
        for index in 0..<3 { refs.append(try await programme.enrol("", "Learner \(index)", at: "CARD-01")) }
        let erasures = refs.map { LearnerErasure(ref: $0, reason: "retention policy") }
        _ = try await programme.store.eraseLearners(erasures, by: Authorisation(ContractProgramme.coordinator, .eraseLearnerData))
        for ref in refs { #expect(try await programme.store.learner(ref).name == Learner.erasedName) }
        let erased = try await programme.store.auditLog(AuditFilter(limit: 1000)).filter { $0.action == "learner.erase" }
        #expect(Set(erased.map(\.record)) == Set(refs.map { "learner:\($0)" }))
        #expect(erased.allSatisfy { $0.details.contains("retention policy") })
        #expect(try await programme.store.verifyAudit().problem == nil)
    }

    @Test("the report input holds every learner and attendance, with a group session delivered once", arguments: ContractStores.kinds)
    func reportFigures(_ kind: String) async throws {
        let programme = try await ContractProgramme.make(kind)
        _ = try await programme.record(learners: ["L-A", "L-B"], outcomes: ["F1.1"], on: "2026-11-02")
        _ = try await programme.record(learners: ["L-A"], outcomes: ["F1.2"], on: "2026-11-09")
        let request = RegionalRequest(from: nil, to: Day(year: 2026, month: 11, day: 30)!)
        let input = try await programme.store.reportInput(curriculum: ContractProgramme.curriculum, request: request)
        #expect(input.learnerCount == 2)
        #expect(input.attendanceCount == 3)
        let figures = RegionalComputation.figures(input, consentingOnly: false)
        #expect(figures.total.sessions == 3)
        #expect(figures.total.deliveredSessions == 2)
        #expect(input.regions.map(\.code).sorted() == ["E12000003", "W92000004"])
        let hours = try await programme.store.tutorHours(from: nil, to: nil)
        #expect(hours.first { $0.tutor.ref == "T-ALED" }?.sessions == 2)
        #expect(hours.first { $0.tutor.ref == "T-ALED" }?.minutes == 90)
    }
}

/// Imports a sessions CSV held in memory.
private func importSessions(_ csv: String, into programme: ContractProgramme) async throws -> ImportSummary {
    var chunks = [Array(csv.utf8)]
    return try await programme.store.importFile(
        ImportRequest(kind: .sessions, file: "contract.csv", dryRun: false, allowOtherCentre: true),
        by: Authorisation(ContractProgramme.coordinator, .importData), nextChunk: { chunks.popLast() }, progress: { _, _ in })
}
