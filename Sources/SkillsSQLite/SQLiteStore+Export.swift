import Foundation
import GRDB
import SkillsCore
import SkillsStore

extension SQLiteStore {
    public func learnerRecords(_ ref: String) async throws -> LearnerRecords {
        try read { db in
            guard let id = try Self.learnerID(db, ref) else { throw try unknownLearner(ref) }
            let sessions = try Row.fetchAll(
                db,
                sql:
                    "SELECT s.ref, s.date, t.ref AS tutor, s.mode, s.minutes, s.outcomes, s.notes FROM sessions s JOIN tutors t ON t.id = s.tutor_id WHERE s.learner_id = ? ORDER BY s.date, s.ref",
                arguments: [id]
            ).map { row in
                LearnerExport.SessionEntry(
                    ref: row["ref"], date: row["date"], tutorRef: row["tutor"], mode: row["mode"], minutes: row["minutes"],
                    outcomes: (row["outcomes"] as String).split(separator: ";").map(String.init), notes: row["notes"])
            }
            let audit = try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM audit_log WHERE record = :record
                      OR id IN (SELECT audit_id FROM learners WHERE id = :id UNION SELECT audit_id FROM sessions WHERE learner_id = :id
                                UNION SELECT audit_id FROM certificates WHERE learner_id = :id UNION SELECT audit_id FROM consents WHERE learner_id = :id)
                      OR record IN (SELECT 'session:' || ref FROM sessions WHERE learner_id = :id)
                      OR record IN (SELECT 'certificate:' || id FROM certificates WHERE learner_id = :id)
                    ORDER BY id
                    """,
                arguments: ["record": "learner:\(ref)", "id": id]
            ).map {
                AuditEntry(
                    id: $0["id"], at: $0["at"], actor: $0["actor"], action: $0["action"], record: $0["record"], details: $0["details"],
                    hash: $0["hash"])
            }
            return LearnerRecords(sessions: sessions, auditEntries: audit)
        }
    }
}

extension SQLiteStore {
    public func recordLearnerExport(_ ref: String, file: String, by authorisation: Authorisation) async throws {
        try write(authorisation, "learner.export", record: "learner:\(ref)", details: ["file": file]) { _, _ in }
    }
}
