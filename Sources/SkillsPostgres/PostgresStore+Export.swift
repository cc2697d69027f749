import Foundation
import PostgresNIO
import SkillsCore
import SkillsStore

extension PostgresStore {
    public func learnerRecords(_ ref: String) async throws -> LearnerRecords {
        _ = try await learner(ref)
        return try await read { connection in
            let id = try await Self.learnerID(connection, ref) ?? 0
            let sessions = try await connection.rows(
                """
                SELECT s.ref, s.date, t.ref AS tutor, s.mode, s.minutes, s.outcomes, s.notes FROM sessions s
                JOIN tutors t ON t.id = s.tutor_id WHERE s.learner_id = \(id) ORDER BY s.date, s.ref
                """
            ).map { row in
                LearnerExport.SessionEntry(
                    ref: try row.value("ref"), date: try row.value("date"), tutorRef: try row.value("tutor"), mode: try row.value("mode"),
                    minutes: try row.value("minutes"),
                    outcomes: try row.value("outcomes", as: String.self).split(separator: ";").map(String.init),
                    notes: try row.value("notes"))
            }
            let audit = try await connection.rows(
                """
                SELECT * FROM audit_log WHERE record = \("learner:\(ref)")
                  OR id IN (SELECT audit_id FROM learners WHERE id = \(id) UNION SELECT audit_id FROM sessions WHERE learner_id = \(id)
                            UNION SELECT audit_id FROM certificates WHERE learner_id = \(id) UNION SELECT audit_id FROM consents WHERE learner_id = \(id))
                  OR record IN (SELECT 'session:' || ref FROM sessions WHERE learner_id = \(id))
                  OR record IN (SELECT 'certificate:' || id FROM certificates WHERE learner_id = \(id))
                ORDER BY id
                """
            ).map(Self.auditEntry(from:))
            return LearnerRecords(sessions: sessions, auditEntries: audit)
        }
    }
}
