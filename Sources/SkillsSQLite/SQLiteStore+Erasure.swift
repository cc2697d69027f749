import Foundation
import GRDB
import SkillsCore
import SkillsStore

extension SQLiteStore {
    /// What audit details become when they held personal data; the entry's hash still verifies.
    static let erasedDetails = #"{"erased":"personal details removed at the learner's request"}"#

    /// Removes a learner's name and every personal field wherever the database holds them, keeping the anonymous facts
    /// (centre and so region, sessions, outcomes, dates) so the programme's statistics do not change. Returns the
    /// certificate files recorded for them, which the caller removes. The freed space is overwritten and the
    /// write-ahead log emptied.
    public func eraseLearner(_ ref: String, reason: String, by authorisation: Authorisation) async throws -> [String] {
        let learner = try await self.learner(ref)
        if learner.name == Learner.erasedName { throw ServiceError.conflict(.alreadyErased(learner: ref)) }
        var files: [String] = []
        try write(authorisation, "learner.erase", record: "learner:\(ref)", details: ["reason": reason]) { db, auditID in
            let id = try Self.learnerID(db, ref)!
            try db.execute(
                sql: """
                    UPDATE learners SET name = ?, year_of_birth = NULL, postcode_district = NULL, preferred_language = 'und',
                      large_print = 0, erased_at = ? WHERE id = ?
                    """,
                arguments: [Learner.erasedName, timestamp(), id])
            try db.execute(sql: "UPDATE sessions SET notes = NULL WHERE learner_id = ? AND notes IS NOT NULL", arguments: [id])
            for row in try Row.fetchAll(
                db, sql: "SELECT id, code, kind, subject, file_path FROM certificates WHERE learner_id = ?", arguments: [id])
            {
                files.append(row["file_path"])
                let redacted = try JSONSerialization.data(
                    withJSONObject: [
                        "withdrawn": true, "id": row["id"] as String, "c": row["code"] as String, "k": row["kind"] as String,
                        "s": row["subject"] as String,
                    ], options: [.sortedKeys])
                try db.execute(
                    sql: "UPDATE certificates SET facts = ?, revoked_at = coalesce(revoked_at, ?), revoked_reason = ? WHERE id = ?",
                    arguments: [redacted, timestamp(), CertificateRecord.erasureReason, row["id"]])
            }
            try db.execute(
                sql: "UPDATE audit_log SET details = ? WHERE record = ? AND id <> ?",
                arguments: [Self.erasedDetails, "learner:\(ref)", auditID])
        }
        try truncateWriteAheadLog()
        return files
    }

    /// Learners with no activity (session or enrolment) since the given day, not yet erased.
    public func inactiveLearners(since day: Day) async throws -> [(ref: String, lastActive: String)] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT l.ref, max(l.enrolled_on, coalesce((SELECT max(date) FROM sessions WHERE learner_id = l.id), '')) AS last
                    FROM learners l WHERE l.erased_at IS NULL AND last < ? ORDER BY l.ref
                    """, arguments: [day.description]
            ).map { ($0[0], $0[1]) }
        }
    }
}

extension SQLiteStore {
    /// Copies the write-ahead log into the database and empties it, so erased values are gone from both files.
    func truncateWriteAheadLog() throws {
        try pool.writeWithoutTransaction { db in _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }
}
