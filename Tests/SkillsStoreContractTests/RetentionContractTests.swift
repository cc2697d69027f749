import Foundation
import GRDB
import SkillsCore
import SkillsStore
import Testing

@testable import SkillsSQLite

@Suite("Store contract: who a retention run finds", .droppingTestDatabases)
struct RetentionContractTests {
    @Test(
        "inactive learners are those with no session and no enrolment since the day, with their last activity; the erased are left out",
        arguments: ContractStores.kinds)
    func inactiveLearners(_ kind: String) async throws {
        // Given: everyone enrolled on 2026-09-01; L-A was seen on 2026-11-20, L-C last on 2026-10-01, L-B never.
        let programme = try await ContractProgramme.make(kind)
        let quiet = try await programme.enrol("L-C", "Carys", at: "CARD-01")
        _ = try await programme.record(learners: ["L-A"], on: "2026-11-20")
        _ = try await programme.record(learners: [quiet], on: "2026-09-20")
        _ = try await programme.record(learners: [quiet], on: "2026-10-01")
        let store = programme.store

        let found = try await store.inactiveLearners(since: Day(iso: "2026-10-15")!)
        #expect(found.map(\.ref) == ["L-B", "L-C"])
        #expect(found.map(\.lastActive) == ["2026-09-01", "2026-10-01"])
        #expect(try await store.inactiveLearners(since: Day(iso: "2026-10-01")!).map(\.ref) == ["L-B"])
        #expect(try await store.inactiveLearners(since: Day(iso: "2026-09-01")!).isEmpty, "enrolled on the day itself")

        _ = try await store.eraseLearners(
            [LearnerErasure(ref: "L-B", reason: "retention policy")], by: Authorisation(ContractProgramme.coordinator, .eraseLearnerData))
        #expect(try await store.inactiveLearners(since: Day(iso: "2026-10-15")!).map(\.ref) == ["L-C"])
    }

    @Test("SQLite finds inactive learners through indexes: only those enrolled before the day, one index step each")
    func inactiveLearnersPlan() async throws {
        let store = try #require(try await ContractStores.make("sqlite") as? SQLiteStore)
        let plan = try store.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + SQLiteStore.inactiveLearnersQuery, arguments: ["2026-01-01"])
                .map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("SEARCH l USING INDEX learners_unerased_by_enrolment (enrolled_on<?)") }, "\(plan)")
        #expect(plan.filter { $0.contains("SEARCH sessions USING INDEX sqlite_autoindex_sessions_1 (learner_id=?)") }.count == 2, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN") }, "\(plan)")
    }

    @Test("SQLite lists waiting erasures from the requests, never walking every learner")
    func erasureRequestsPlan() async throws {
        let store = try #require(try await ContractStores.make("sqlite") as? SQLiteStore)
        let plan = try store.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + SQLiteStore.erasureRequestsQuery).map { $0["detail"] as String }
        }
        #expect(plan.contains("SCAN e"), "\(plan)")
        #expect(plan.contains { $0.hasPrefix("SEARCH l USING INTEGER PRIMARY KEY") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN l") }, "\(plan)")
    }

    @Test("SQLite records each certificate file to remove against its own learner's erasure entry")
    func pendingFilesFollowTheirLearner() async throws {
        // Given: a certificate file for each of two learners erased in one batch.
        let programme = try await ContractProgramme.make("sqlite")
        let store = try #require(programme.store as? SQLiteStore)
        try store.writeTransaction { db in
            try db.execute(sql: "INSERT INTO signing_keys (id, public_key, created_at) VALUES ('k1', x'00', '2026-11-01')")
            for ref in ["L-A", "L-B"] {
                try db.execute(
                    sql: """
                        INSERT INTO certificates (id, code, learner_id, kind, subject, due_key, facts, signature, key_id, language,
                          large_print, file_path, state, issued_at, audit_id)
                        SELECT ?, ?, id, 'module', 'F1', 'F1', x'00', x'00', 'k1', 'en', 0, ?, 'issued', '2026-11-02', 1
                        FROM learners WHERE ref = ?
                        """, arguments: ["cert-\(ref)", "code-\(ref)", "\(ref).pdf", ref])
            }
        }

        _ = try await store.eraseLearners(
            [LearnerErasure(ref: "L-A", reason: "retention policy"), LearnerErasure(ref: "L-B", reason: "retention policy")],
            by: Authorisation(ContractProgramme.coordinator, .eraseLearnerData))

        let recorded = try store.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT p.file_path, a.record FROM pending_file_removals p JOIN audit_log a ON a.id = p.audit_id
                    WHERE a.action = 'learner.erase' ORDER BY p.file_path
                    """
            ).map { "\($0[0] as String) \($0[1] as String)" }
        }
        #expect(recorded == ["L-A.pdf learner:L-A", "L-B.pdf learner:L-B"])
        #expect(try await store.verifyAudit().problem == nil)
    }
}
