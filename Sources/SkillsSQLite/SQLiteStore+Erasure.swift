import Foundation
import GRDB
import SkillsCore
import SkillsStore

extension SQLiteStore {
    /// How many learners one erasure transaction handles: big enough that a retention run of ten thousand takes a
    /// few transactions, small enough that other writers wait only briefly.
    static let erasureBatch = 500

    /// Removes learners' names and every personal field wherever the database holds them, keeping the anonymous facts
    /// (centre and so region, sessions, outcomes, dates) so the programme's statistics do not change. Returns the
    /// certificate files recorded for them, which the caller removes where it may. Each learner's erasure is audited with its
    /// reason; a batch is one transaction of set-based updates; the freed space is overwritten and the write-ahead log
    /// emptied once at the end.
    public func eraseLearners(_ erasures: [LearnerErasure], by authorisation: Authorisation) async throws -> [CertificateFile] {
        var files: [CertificateFile] = []
        var start = 0
        while start < erasures.count {
            let batch = erasures[start..<min(erasures.count, start + Self.erasureBatch)]
            start += batch.count
            files += try writeTransaction { db in try eraseBatch(db, batch, authorisation) }
        }
        try truncateWriteAheadLog()
        return files
    }

    private func eraseBatch(_ db: Database, _ batch: ArraySlice<LearnerErasure>, _ authorisation: Authorisation) throws
        -> [CertificateFile]
    {
        try authorise(db, authorisation)
        let refs = StatementArguments(batch.map(\.ref))
        let refMarks = databaseQuestionMarks(count: batch.count)
        var stored: [String: (id: Int64, name: String)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT ref, id, name FROM learners WHERE ref IN (\(refMarks))", arguments: refs) {
            stored[row[0]] = (row[1], row[2])
        }
        var ids: [Int64] = []
        for erasure in batch {
            guard let learner = stored[erasure.ref] else {
                throw ServiceError.unknown(.learner, erasure.ref, among: try String.fetchAll(db, sql: "SELECT ref FROM learners"))
            }
            if learner.name == Learner.erasedName { throw ServiceError.conflict(.alreadyErased(learner: erasure.ref)) }
            ids.append(learner.id)
        }
        let auditIDs = try AuditTrail.append(
            db, at: clock.now(), actor: authorisation.actorName, action: "learner.erase",
            entries: batch.map { (record: "learner:\($0.ref)", details: ["reason": $0.reason]) })
        let learners = databaseQuestionMarks(count: ids.count)
        let now = timestamp()
        try db.execute(
            sql: """
                UPDATE learners SET name = ?, year_of_birth = NULL, postcode_district = NULL, preferred_language = 'und',
                  large_print = 0, erased_at = ? WHERE id IN (\(learners))
                """,
            arguments: StatementArguments([Learner.erasedName, now]) + StatementArguments(ids))
        try db.execute(
            sql: "UPDATE sessions SET notes = NULL WHERE learner_id IN (\(learners)) AND notes IS NOT NULL",
            arguments: StatementArguments(ids))
        try db.execute(sql: "DELETE FROM erasure_requests WHERE learner_id IN (\(learners))", arguments: StatementArguments(ids))
        // An erased learner has no web access left: their unused access codes and every session a code opened go in
        // the same transaction, so no page can show them between the erasure and a later clean-up.
        try db.execute(sql: "DELETE FROM access_codes WHERE learner_ref IN (\(refMarks))", arguments: refs)
        try db.execute(sql: "DELETE FROM web_sessions WHERE holder_kind = 'learner' AND holder IN (\(refMarks))", arguments: refs)
        let files = try redactCertificates(db, of: Dictionary(zip(ids, auditIDs)) { first, _ in first }, at: now)
        try db.execute(
            sql: """
                UPDATE audit_log SET details = ? WHERE record IN (\(refMarks)) AND id NOT IN (\(databaseQuestionMarks(count: auditIDs.count)))
                """,
            arguments: StatementArguments([AuditChain.erasedDetails]) + StatementArguments(batch.map { "learner:\($0.ref)" })
                + StatementArguments(auditIDs))
        return files
    }

    /// Withdraws the learners' certificates, keeping only what verifying one needs to say it was withdrawn, and records
    /// each certificate's file for removal against its learner's erasure entry; returns the files.
    private func redactCertificates(_ db: Database, of erasureEntries: [Int64: Int64], at now: String) throws -> [CertificateFile] {
        var files: [CertificateFile] = []
        let pending = try db.cachedStatement(
            sql: "INSERT INTO pending_file_removals (file_path, output_folder, audit_id) VALUES (?, ?, ?)")
        let redact = try db.cachedStatement(
            sql: "UPDATE certificates SET facts = ?, revoked_at = coalesce(revoked_at, ?), revoked_reason = ? WHERE id = ?")
        let learners = Array(erasureEntries.keys)
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT id, learner_id, code, kind, subject, file_path, output_folder FROM certificates
                WHERE learner_id IN (\(databaseQuestionMarks(count: learners.count)))
                """,
            arguments: StatementArguments(learners))
        {
            files.append(CertificateFile(filePath: row["file_path"], outputFolder: row["output_folder"]))
            try pending.execute(arguments: [row["file_path"], row["output_folder"], erasureEntries[row["learner_id"] as Int64]])
            let redacted = try JSONSerialization.data(
                withJSONObject: [
                    "withdrawn": true, "id": row["id"] as String, "c": row["code"] as String, "k": row["kind"] as String,
                    "s": row["subject"] as String,
                ], options: [.sortedKeys])
            try redact.execute(arguments: [redacted, now, CertificateRecord.erasureReason, row["id"]])
        }
        return files
    }

    /// Learners with no activity (session or enrolment) since the given day, not yet erased.
    public func inactiveLearners(since day: Day) async throws -> [(ref: String, lastActive: String)] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: Self.inactiveLearnersQuery), arguments: [day.description]).map { ($0[0], $0[1]) }
        }
    }

    /// Who `inactiveLearners(since:)` finds, with their last activity. Only learners enrolled before the day are read
    /// (`learners_unerased_by_enrolment`, named because without statistics SQLite would rather walk every learner in
    /// ref order), and each is checked with one step down `sessions_by_learner_date`, so the time follows the
    /// learners enrolled that long ago, not every learner or session.
    static let inactiveLearnersQuery = """
        SELECT l.ref, max(l.enrolled_on, coalesce((SELECT max(date) FROM sessions WHERE learner_id = l.id), ''))
        FROM learners l INDEXED BY learners_unerased_by_enrolment
        WHERE l.erased_at IS NULL AND l.enrolled_on < ?1
          AND NOT EXISTS (SELECT 1 FROM sessions WHERE learner_id = l.id AND date >= ?1)
        ORDER BY l.ref
        """
}

extension SQLiteStore {
    /// Copies the write-ahead log into the database and empties it, so erased values are gone from both files.
    func truncateWriteAheadLog() throws {
        try pool.writeWithoutTransaction { db in _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }
}

extension SQLiteStore {
    public func pendingFileRemovals() async throws -> [(id: Int64, file: CertificateFile)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, file_path, output_folder FROM pending_file_removals ORDER BY id").map {
                (id: $0[0], file: CertificateFile(filePath: $0[1], outputFolder: $0[2]))
            }
        }
    }

    public func confirmFileRemovals(_ ids: [Int64]) async throws {
        guard !ids.isEmpty else { return }
        try writeTransaction { db in
            try db.execute(
                sql: "DELETE FROM pending_file_removals WHERE id IN (\(databaseQuestionMarks(count: ids.count)))",
                arguments: StatementArguments(ids))
        }
    }
}
