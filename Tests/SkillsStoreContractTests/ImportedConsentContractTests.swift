import Foundation
import GRDB
import PostgresNIO
import SkillsCore
import SkillsStore
import Testing

@testable import SkillsPostgres
@testable import SkillsSQLite

/// An imported learner's first consents are derived from the learner row and the import's audit entry rather than
/// stored: they must read exactly as stored ones did, on every store, and a programme holding them as rows must read
/// the same once `v10 consents implied by import` has folded them in.
@Suite("Store contract: consents an import implies", .droppingTestDatabases)
struct ImportedConsentContractTests {
    static let learners = """
        learner_ref,name,year_of_birth,centre_ref,enrolled_on,preferred_language,postcode_district,large_print,open_data_consent
        L-IMP-1,Ann Ash,,CARD-01,2026-10-01,,,,yes
        L-IMP-2,Ben Birch,,CARD-01,2026-10-01,,,,no
        L-IMP-3,Cai Cedar,,CARD-01,2026-10-01,,,,yes

        """
    static let imported = ["L-IMP-1", "L-IMP-2", "L-IMP-3"]

    @Test(
        "an imported learner's first consents show who imported them and when, before every later decision",
        arguments: ContractStores.kinds)
    func importedConsentsReadAsStored(_ kind: String) async throws {
        let programme = try await ContractProgramme.make(kind)
        let store = programme.store
        let summary = try await PeopleImportContractTests.importFile(.learners, Self.learners, into: store)
        #expect(summary.inserted == 3)
        let importEntry = try #require(try await store.auditLog(AuditFilter(limit: 1000)).first { $0.action == "import.learners" })
        try await store.recordConsent(
            learner: "L-IMP-1", [.openStatistics: false, .contact: true],
            by: Authorisation(ContractProgramme.coordinator, .manageLearners, learners: ["L-IMP-1"]))

        let first = try await store.consentHistory(learner: "L-IMP-1")
        #expect(
            first.map { "\($0.purpose.rawValue) \($0.given)" } == [
                "programme true", "open-statistics true", "open-statistics false", "contact true",
            ])
        #expect(first.prefix(2).allSatisfy { $0.recordedAt == importEntry.at && $0.recordedBy == ContractProgramme.coordinator })
        #expect(
            try await store.consentHistory(learner: "L-IMP-2").map { "\($0.purpose.rawValue) \($0.given)" } == [
                "programme true", "open-statistics false",
            ])
        #expect(try await store.learner("L-IMP-1").openDataConsent == false)
        #expect(try await store.consentHistory(learner: "L-NOBODY").isEmpty)
    }

    @Test(
        "import consents stored as rows by an earlier version read the same once folded into the learner row; others stay rows",
        arguments: ContractStores.kinds)
    func storedImportConsentsFoldIn(_ kind: String) async throws {
        let programme = try await ContractProgramme.make(kind)
        let store = programme.store
        _ = try await PeopleImportContractTests.importFile(.learners, Self.learners, into: store)
        try await store.recordConsent(
            learner: "L-IMP-1", [.openStatistics: false],
            by: Authorisation(ContractProgramme.coordinator, .manageLearners, learners: ["L-IMP-1"]))
        let derived = try await Self.histories(store)

        // Given: the import's consents as the earlier version stored them, before the later decision; L-IMP-3's were
        // written a second after the import's audit entry, so they are not what the view would derive.
        try await Self.execute(
            store,
            """
            UPDATE consents SET id = id + 1000;
            INSERT INTO consents (id, learner_id, purpose, given, recorded_at, recorded_by, audit_id)
              SELECT 2 * l.id, l.id, 'programme', 1 = 1, CASE WHEN l.ref = 'L-IMP-3' THEN 'later' ELSE a.at END, a.actor, l.audit_id
              FROM learners l JOIN audit_log a ON a.id = l.audit_id WHERE l.imported_open_statistics_consent IS NOT NULL;
            INSERT INTO consents (id, learner_id, purpose, given, recorded_at, recorded_by, audit_id)
              SELECT 2 * l.id + 1, l.id, 'open-statistics', l.imported_open_statistics_consent,
                CASE WHEN l.ref = 'L-IMP-3' THEN 'later' ELSE a.at END, a.actor, l.audit_id
              FROM learners l JOIN audit_log a ON a.id = l.audit_id WHERE l.imported_open_statistics_consent IS NOT NULL;
            UPDATE learners SET imported_open_statistics_consent = NULL;
            """)
        let stored = try await Self.histories(store)
        #expect(stored.filter { !$0.hasPrefix("L-IMP-3") } == derived.filter { !$0.hasPrefix("L-IMP-3") })
        #expect(stored.contains("L-IMP-3 programme true later \(ContractProgramme.coordinator)"))
        let rowsBefore = try await Self.consentRows(store)

        try await Self.fold(store)

        #expect(try await Self.histories(store) == stored, "folding changed a learner's consent history")
        #expect(try await Self.consentRows(store) == rowsBefore - 4, "only L-IMP-1's and L-IMP-2's import rows fold")
    }

    /// Every learner's history, one line a decision: ref, purpose, given, when and by whom.
    static func histories(_ store: any ProgrammeStore) async throws -> [String] {
        var lines: [String] = []
        for ref in ["L-A", "L-B"] + imported {
            lines += try await store.consentHistory(learner: ref).map {
                "\(ref) \($0.purpose.rawValue) \($0.given) \($0.recordedAt) \($0.recordedBy)"
            }
        }
        return lines
    }

    static func execute(_ store: any ProgrammeStore, _ sql: String) async throws {
        if let sqlite = store as? SQLiteStore {
            try await sqlite.pool.write { db in try db.execute(sql: sql) }
        } else if let postgres = store as? PostgresStore {
            try await postgres.writeTransaction { connection in
                for statement in sql.split(separator: ";\n") where !statement.allSatisfy(\.isWhitespace) {
                    try await connection.execute(PostgresQuery(unsafeSQL: String(statement)))
                }
            }
        }
    }

    static func consentRows(_ store: any ProgrammeStore) async throws -> Int {
        if let sqlite = store as? SQLiteStore {
            return try await sqlite.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM consents") ?? -1 }
        }
        let postgres = try #require(store as? PostgresStore)
        return try await postgres.read { connection in try await connection.value("SELECT count(*) FROM consents", as: Int.self) ?? -1 }
    }

    /// Runs the migration's fold again, on this store's own SQL.
    static func fold(_ store: any ProgrammeStore) async throws {
        if let sqlite = store as? SQLiteStore {
            try await sqlite.pool.write { db in try Schema.foldImportConsents(db) }
        } else {
            try await execute(store, PostgresSchema.foldImportConsents)
        }
    }
}
