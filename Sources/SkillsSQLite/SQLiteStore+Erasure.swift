import Foundation
import GRDB
import SkillsCore
import SkillsStore

extension SQLiteStore {
    /// How many learners one erasure transaction handles: big enough that a retention run of ten thousand takes a
    /// few transactions (each writes the pages it touched to the log again), small enough that other writers wait only
    /// briefly (a few tens of milliseconds a batch).
    static let erasureBatch = 2000

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

    /// Erases one batch in the caller's transaction. The batch's learners go into a temporary table that every
    /// set-based statement reads, so the statements are compiled once per run (cached), not once per batch with a list
    /// of hundreds of parameters to parse and bind.
    private func eraseBatch(_ db: Database, _ batch: ArraySlice<LearnerErasure>, _ authorisation: Authorisation) throws
        -> [CertificateFile]
    {
        try authorise(db, authorisation)
        // Each learner once, at their place in the batch, which is also the place of their erasure entry.
        try db.execute(
            sql: "CREATE TEMP TABLE IF NOT EXISTS erasing (position INTEGER PRIMARY KEY, ref TEXT NOT NULL UNIQUE, learner_id INTEGER)")
        try db.cachedStatement(sql: "DELETE FROM temp.erasing").execute()
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO temp.erasing (position, ref) SELECT key, value FROM json_each(?)")
            .execute(arguments: [String(decoding: try JSONEncoder().encode(batch.map(\.ref)), as: UTF8.self)])
        try db.cachedStatement(sql: "UPDATE temp.erasing SET learner_id = (SELECT id FROM learners WHERE ref = erasing.ref)").execute()
        // The first learner of the batch who is unknown or already erased, if any, stops it; SQLite finds them.
        if let refused = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT e.ref, e.learner_id IS NULL FROM temp.erasing e LEFT JOIN learners l ON l.id = e.learner_id
                    WHERE e.learner_id IS NULL OR l.name = ? ORDER BY e.position LIMIT 1
                    """), arguments: [Learner.erasedName])
        {
            let ref: String = refused[0]
            if refused[1] { throw ServiceError.unknown(.learner, ref, among: try String.fetchAll(db, sql: "SELECT ref FROM learners")) }
            throw ServiceError.conflict(.alreadyErased(learner: ref))
        }
        let firstAuditID = try AuditTrail.append(
            db, at: clock.now(), actor: authorisation.actorName, action: "learner.erase",
            entries: batch.map { (record: "learner:\($0.ref)", details: ["reason": $0.reason]) })[0]
        let now = timestamp()
        try db.cachedStatement(
            sql: """
                UPDATE learners SET name = ?, year_of_birth = NULL, postcode_district = NULL, preferred_language = 'und',
                  large_print = 0, erased_at = ? WHERE id IN (SELECT learner_id FROM temp.erasing)
                """
        ).execute(arguments: [Learner.erasedName, now])
        try db.cachedStatement(
            sql: "UPDATE sessions SET notes = NULL WHERE learner_id IN (SELECT learner_id FROM temp.erasing) AND notes IS NOT NULL"
        ).execute()
        try db.cachedStatement(sql: "DELETE FROM erasure_requests WHERE learner_id IN (SELECT learner_id FROM temp.erasing)").execute()
        // An erased learner has no web access left: their unused access codes and every session a code opened go in
        // the same transaction, so no page can show them between the erasure and a later clean-up.
        try db.cachedStatement(sql: "DELETE FROM access_codes WHERE learner_ref IN (SELECT ref FROM temp.erasing)").execute()
        try db.cachedStatement(
            sql: "DELETE FROM web_sessions WHERE holder_kind = 'learner' AND holder IN (SELECT ref FROM temp.erasing)"
        ).execute()
        let files = try redactCertificates(db, firstAuditID: firstAuditID, at: now)
        // Every entry about these learners written before this batch's own erasure entries.
        try db.cachedStatement(
            sql: "UPDATE audit_log SET details = ? WHERE record IN (SELECT 'learner:' || ref FROM temp.erasing) AND id < ?"
        ).execute(arguments: [AuditChain.erasedDetails, firstAuditID])
        try db.cachedStatement(sql: "DELETE FROM temp.erasing").execute()
        return files
    }

    /// Withdraws the batch's certificates, keeping only what verifying one needs to say it was withdrawn, and records
    /// each certificate's file for removal against its learner's erasure entry; returns the files.
    private func redactCertificates(_ db: Database, firstAuditID: Int64, at now: String) throws -> [CertificateFile] {
        var files: [CertificateFile] = []
        let pending = try db.cachedStatement(
            sql: "INSERT INTO pending_file_removals (file_path, output_folder, audit_id) VALUES (?, ?, ?)")
        let redact = try db.cachedStatement(
            sql: "UPDATE certificates SET facts = ?, revoked_at = coalesce(revoked_at, ?), revoked_reason = ? WHERE id = ?")
        for row in try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT c.id, c.code, c.kind, c.subject, c.file_path, c.output_folder, ? + e.position AS audit_id
                    FROM temp.erasing e JOIN certificates c ON c.learner_id = e.learner_id
                    """), arguments: [firstAuditID])
        {
            files.append(CertificateFile(filePath: row["file_path"], outputFolder: row["output_folder"]))
            try pending.execute(arguments: [row["file_path"], row["output_folder"], row["audit_id"]])
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
        // Read column by column from SQLite's buffers: a retention run can find tens of thousands.
        try read { db in
            let query = try RawStatement(db, Self.inactiveLearnersQuery)
            query.bind(1, text: day.description)
            var found: [(ref: String, lastActive: String)] = []
            while try query.next() { found.append((ref: query.text(0), lastActive: query.text(1))) }
            return found
        }
    }

    /// Who `inactiveLearners(since:)` finds, with their last activity. Only learners enrolled before the day are read
    /// (`learners_unerased_by_enrolment`, named because without statistics SQLite would rather walk every learner in
    /// ref order), and only their own sessions are read, through the `(learner_id, ref)` index, so the time follows
    /// the learners enrolled that long ago and their sessions, not every learner or session.
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
