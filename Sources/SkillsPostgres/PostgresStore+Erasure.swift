import Foundation
import PostgresNIO
import SkillsCore
import SkillsStore

extension PostgresStore {
    /// How many learners one erasure transaction handles, as in SQLite: other writers wait only briefly.
    static let erasureBatch = 500

    /// The tables an erasure rewrites: `VACUUM` runs on them afterwards so no dead row version keeps an erased value.
    static let erasedTables = ["learners", "sessions", "certificates", "audit_log", "erasure_requests"]

    /// Removes learners' names and every personal field wherever the database holds them, keeping the anonymous facts,
    /// then vacuums the rewritten tables. What PostgreSQL still holds elsewhere (write-ahead log archives, replicas,
    /// backups) is for the operator: docs/deployment.md.
    public func eraseLearners(_ erasures: [LearnerErasure], by authorisation: Authorisation) async throws -> [CertificateFile] {
        var files: [CertificateFile] = []
        var start = 0
        while start < erasures.count {
            let batch = erasures[start..<min(erasures.count, start + Self.erasureBatch)]
            start += batch.count
            files += try await writeTransaction { connection in try await eraseBatch(connection, batch, authorisation) }
        }
        // VACUUM cannot run inside a transaction block.
        try await exclusive { connection in
            for table in Self.erasedTables { try await connection.execute(PostgresQuery(unsafeSQL: "VACUUM \(table)")) }
        }
        return files
    }

    private func eraseBatch(_ connection: PostgresConnection, _ batch: ArraySlice<LearnerErasure>, _ authorisation: Authorisation)
        async throws -> [CertificateFile]
    {
        try await authorise(connection, authorisation)
        var ids: [Int64] = []
        var auditIDs: [Int64] = []
        for erasure in batch {
            guard let row = try await connection.rows("SELECT id, name FROM learners WHERE ref = \(erasure.ref)").first else {
                throw ServiceError.unknown(
                    .learner, erasure.ref, among: try await connection.values("SELECT ref FROM learners", as: String.self))
            }
            if try row.value("name", as: String.self) == Learner.erasedName {
                throw ServiceError.conflict(.alreadyErased(learner: erasure.ref))
            }
            ids.append(try row.value("id"))
            auditIDs.append(
                try await PostgresAuditTrail.append(
                    connection, at: clock.now(), actor: authorisation.actorName, action: "learner.erase", record: "learner:\(erasure.ref)",
                    details: ["reason": erasure.reason]))
        }
        let now = timestamp()
        try await connection.execute(
            """
            UPDATE learners SET name = \(Learner.erasedName), year_of_birth = NULL, postcode_district = NULL, preferred_language = 'und',
              large_print = FALSE, erased_at = \(now) WHERE id = ANY(\(ids))
            """)
        try await connection.execute("UPDATE sessions SET notes = NULL WHERE learner_id = ANY(\(ids)) AND notes IS NOT NULL")
        try await connection.execute("DELETE FROM erasure_requests WHERE learner_id = ANY(\(ids))")
        // An erased learner can no longer sign in: their unused access codes and open web sessions go with the name.
        let refs = batch.map(\.ref)
        try await connection.execute("DELETE FROM access_codes WHERE learner_ref = ANY(\(refs))")
        try await connection.execute("DELETE FROM web_sessions WHERE holder_kind = 'learner' AND holder = ANY(\(refs))")
        var files: [CertificateFile] = []
        for row in try await connection.rows(
            "SELECT id, code, kind, subject, file_path, output_folder FROM certificates WHERE learner_id = ANY(\(ids))")
        {
            let file = CertificateFile(filePath: try row.value("file_path"), outputFolder: try row.value("output_folder"))
            files.append(file)
            try await connection.execute(
                "INSERT INTO pending_file_removals (file_path, output_folder, audit_id) VALUES (\(file.filePath), \(file.outputFolder), \(auditIDs.last))"
            )
            let id: String = try row.value("id")
            let redacted = try JSONSerialization.data(
                withJSONObject: [
                    "withdrawn": true, "id": id, "c": try row.value("code", as: String.self), "k": try row.value("kind", as: String.self),
                    "s": try row.value("subject", as: String.self),
                ], options: [.sortedKeys])
            try await connection.execute(
                """
                UPDATE certificates SET facts = \(redacted), revoked_at = coalesce(revoked_at, \(now)),
                  revoked_reason = \(CertificateRecord.erasureReason) WHERE id = \(id)
                """)
        }
        let records = refs.map { "learner:\($0)" }
        try await connection.execute(
            "UPDATE audit_log SET details = \(AuditChain.erasedDetails) WHERE record = ANY(\(records)) AND NOT id = ANY(\(auditIDs))")
        return files
    }
}
