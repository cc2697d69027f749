import GRDB
import SkillsCore
import SkillsStore

extension SQLiteStore: DataRightsStore {
    public func recordConsent(learner ref: String, _ decisions: [ConsentRecord.Purpose: Bool], by authorisation: Authorisation)
        async throws
    {
        guard !decisions.isEmpty else { return }
        let details = Dictionary(uniqueKeysWithValues: decisions.map { ($0.key.rawValue, $0.value ? "yes" : "no") })
        try write(authorisation, "learner.consent", record: "learner:\(ref)", details: details) { db, auditID in
            guard let learnerID = try Self.learnerID(db, ref) else { throw try unknownLearner(ref) }
            try Self.insertConsents(db, learnerID: learnerID, decisions, at: timestamp(), by: authorisation.actorName, auditID: auditID)
            if let open = decisions[.openStatistics] {
                try db.execute(sql: "UPDATE learners SET open_data_consent = ? WHERE id = ?", arguments: [open, learnerID])
            }
        }
    }

    public func consentHistory(learner ref: String) async throws -> [ConsentRecord] {
        try read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT purpose, given, recorded_at, recorded_by FROM consents c JOIN learners l ON l.id = c.learner_id WHERE l.ref = ? ORDER BY c.id",
                arguments: [ref]
            ).map {
                ConsentRecord(
                    purpose: ConsentRecord.Purpose(rawValue: $0[0]) ?? .programme, given: $0[1], recordedAt: $0[2], recordedBy: $0[3])
            }
        }
    }

    static func insertConsents(
        _ db: Database, learnerID: Int64, _ decisions: [ConsentRecord.Purpose: Bool], at: String, by actor: String, auditID: Int64
    ) throws {
        let statement = try db.cachedStatement(
            sql: "INSERT INTO consents (learner_id, purpose, given, recorded_at, recorded_by, audit_id) VALUES (?, ?, ?, ?, ?, ?)")
        for purpose in ConsentRecord.Purpose.allCases {
            guard let given = decisions[purpose] else { continue }
            try statement.execute(arguments: [learnerID, purpose.rawValue, given, at, actor, auditID])
        }
    }
}
