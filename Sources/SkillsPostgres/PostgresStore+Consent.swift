import PostgresNIO
import SkillsCore
import SkillsStore

extension PostgresStore: DataRightsStore {
    public func recordConsent(learner ref: String, _ decisions: [ConsentRecord.Purpose: Bool], by authorisation: Authorisation)
        async throws
    {
        guard !decisions.isEmpty else { return }
        let details = Dictionary(uniqueKeysWithValues: decisions.map { ($0.key.rawValue, $0.value ? "yes" : "no") })
        try await write(authorisation, "learner.consent", record: "learner:\(ref)", details: details) { connection, auditID in
            guard let learnerID = try await Self.learnerID(connection, ref) else {
                throw ServiceError.unknown(.learner, ref, among: try await connection.values("SELECT ref FROM learners", as: String.self))
            }
            try await Self.insertConsents(
                connection, learnerID: learnerID, decisions, at: timestamp(), by: authorisation.actorName, auditID: auditID)
            if let open = decisions[.openStatistics] {
                try await connection.execute("UPDATE learners SET open_data_consent = \(open) WHERE id = \(learnerID)")
            }
        }
    }

    /// Stored decisions and those an import implies (`consent_history`), oldest first; as in SQLite, the learner's id
    /// is looked up first and bound, so each arm of the view is read through its index.
    public func consentHistory(learner ref: String) async throws -> [ConsentRecord] {
        try await read { connection in
            guard let learnerID = try await Self.learnerID(connection, ref) else { return [] }
            return try await connection.rows(
                """
                SELECT purpose, given, recorded_at, recorded_by FROM consent_history WHERE learner_id = \(learnerID) ORDER BY position
                """
            ).map {
                ConsentRecord(
                    purpose: ConsentRecord.Purpose(rawValue: try $0[0].decode(String.self)) ?? .programme,
                    given: try $0[1].decode(Bool.self),
                    recordedAt: try $0[2].decode(String.self), recordedBy: try $0[3].decode(String.self))
            }
        }
    }

    public func recordLearnerExport(_ ref: String, file: String, by authorisation: Authorisation) async throws {
        try await write(authorisation, "learner.export", record: "learner:\(ref)", details: ["file": file]) { _, _ in }
    }

    public func pendingFileRemovals() async throws -> [(id: Int64, file: CertificateFile)] {
        try await read { connection in
            try await connection.rows("SELECT id, file_path, output_folder FROM pending_file_removals ORDER BY id").map {
                (
                    id: try $0[0].decode(Int64.self),
                    file: CertificateFile(filePath: try $0[1].decode(String.self), outputFolder: try $0[2].decode(String?.self))
                )
            }
        }
    }

    public func confirmFileRemovals(_ ids: [Int64]) async throws {
        guard !ids.isEmpty else { return }
        try await writeTransaction { connection in
            try await connection.execute("DELETE FROM pending_file_removals WHERE id = ANY(\(ids))")
        }
    }

    /// Learners with no activity (session or enrolment) since the given day, not yet erased: as in SQLite, only learners
    /// enrolled before the day are read, each checked through their own sessions by the learner's index.
    public func inactiveLearners(since day: Day) async throws -> [(ref: String, lastActive: String)] {
        try await read { connection in
            try await connection.rows(
                """
                SELECT l.ref, greatest(l.enrolled_on, coalesce((SELECT max(date) FROM sessions WHERE learner_id = l.id), ''))
                FROM learners l
                WHERE l.erased_at IS NULL AND l.enrolled_on < \(day.description)
                  AND NOT EXISTS (SELECT 1 FROM sessions WHERE learner_id = l.id AND date >= \(day.description))
                ORDER BY l.ref
                """
            ).map { (try $0[0].decode(String.self), try $0[1].decode(String.self)) }
        }
    }
}
