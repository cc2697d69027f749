import Foundation
import GRDB
import SkillsCore

extension ProgrammeStore {
    /// Why a certificate was withdrawn when its learner asked to be erased; verification shows it without a name.
    public static let erasureReason = "withdrawn at the learner's request"

    /// What audit details become when they held personal data; the entry's hash still verifies.
    static let erasedDetails = #"{"erased":"personal details removed at the learner's request"}"#

    /// Removes a learner's name and every personal field wherever the database holds them, keeping the anonymous facts
    /// (centre and so region, sessions, outcomes, dates) so the programme's statistics do not change. Returns the
    /// certificate files it deleted: only those in output folders this database owns (`CertificateFolder`). The freed
    /// space is overwritten and the write-ahead log emptied.
    @discardableResult
    public func eraseLearner(_ ref: String, reason: String, by actor: String) throws -> [String] {
        let learner = try self.learner(ref)
        if learner.name == Self.erasedName { throw UserError(.data, "learner '\(ref)' was already erased") }
        var files: [URL] = []
        try write(by: actor, "learner.erase", record: "learner:\(ref)", details: ["reason": reason]) { db, auditID in
            let id = try Self.learnerID(db, ref)!
            try db.execute(
                sql: """
                    UPDATE learners SET name = ?, year_of_birth = NULL, postcode_district = NULL, preferred_language = 'und',
                      large_print = 0, erased_at = ? WHERE id = ?
                    """,
                arguments: [Self.erasedName, timestamp(), id])
            try db.execute(sql: "UPDATE sessions SET notes = NULL WHERE learner_id = ? AND notes IS NOT NULL", arguments: [id])
            for row in try Row.fetchAll(
                db, sql: "SELECT id, code, kind, subject, file_path, output_folder FROM certificates WHERE learner_id = ?",
                arguments: [id])
            {
                files += CertificateFolder.removableFiles(of: Self.fileRecord(row), database: path)
                let redacted = try JSONSerialization.data(
                    withJSONObject: [
                        "withdrawn": true, "id": row["id"] as String, "c": row["code"] as String, "k": row["kind"] as String,
                        "s": row["subject"] as String,
                    ], options: [.sortedKeys])
                try db.execute(
                    sql: "UPDATE certificates SET facts = ?, revoked_at = coalesce(revoked_at, ?), revoked_reason = ? WHERE id = ?",
                    arguments: [redacted, timestamp(), Self.erasureReason, row["id"]])
            }
            try db.execute(
                sql: "UPDATE audit_log SET details = ? WHERE record = ? AND id <> ?",
                arguments: [Self.erasedDetails, "learner:\(ref)", auditID])
        }
        let deleted = files.filter { (try? FileManager.default.removeItem(at: $0)) != nil }
        try pool.writeWithoutTransaction { db in _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        return deleted.map(\.path)
    }

    /// Just enough of a certificate row to find its files.
    private static func fileRecord(_ row: Row) -> CertificateRecord {
        CertificateRecord(
            id: row["id"], code: row["code"], learnerRef: "", kind: row["kind"], subject: row["subject"], dueKey: "",
            signedFacts: Data(), signature: Data(), keyID: "", language: "", largePrint: false, filePath: row["file_path"],
            outputFolder: row["output_folder"], issuedAt: "")
    }

    /// Learners with no activity (session or enrolment) since the given day, not yet erased.
    public func inactiveLearners(since day: Day) throws -> [(ref: String, lastActive: String)] {
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

    /// The name an erased learner is shown with.
    public static let erasedName = "[erased]"
}
