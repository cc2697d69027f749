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

    /// Stored decisions and those an import implies (`consent_history`), oldest first. The learner's id is bound as a
    /// value so that SQLite reads each arm of the view through its index; a subquery there made it read every row.
    public func consentHistory(learner ref: String) async throws -> [ConsentRecord] {
        try read { db in
            guard let learnerID = try Self.learnerID(db, ref) else { return [] }
            return try Row.fetchAll(
                db,
                sql: "SELECT purpose, given, recorded_at, recorded_by FROM consent_history WHERE learner_id = ? ORDER BY position",
                arguments: [learnerID]
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
