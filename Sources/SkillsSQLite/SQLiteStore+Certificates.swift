import Foundation
import GRDB
import SkillsCore
import SkillsStore

extension SQLiteStore: CertificateStore {
    public func registerSigningKey(id: String, publicKey: Data, by authorisation: Authorisation) async throws {
        try write(authorisation, "key.create", record: "key:\(id)") { db, _ in
            try db.execute(
                sql: "INSERT INTO signing_keys (id, public_key, created_at) VALUES (?, ?, ?)",
                arguments: [id, publicKey, timestamp()])
        }
    }

    public func signingKeys() async throws -> [String: Data] {
        try read { db in
            Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, public_key FROM signing_keys").map {
                    ($0["id"], $0["public_key"])
                })
        }
    }

    public func certificateHolders(learner ref: String?) async throws -> [CertificateHolder] {
        if let ref { _ = try await learner(ref) }
        return try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT l.*, c.ref AS centre_ref, c.name AS centre_name
                    FROM learners l JOIN centres c ON c.id = l.centre_id
                    \(ref == nil ? "" : "WHERE l.ref = ?") ORDER BY l.ref
                    """, arguments: StatementArguments(ref.map { [$0] } ?? [])
            ).map { row in
                CertificateHolder(learner: Self.learner(from: row), centreName: row["centre_name"])
            }
        }
    }

    /// Each learner's achieved outcomes (code → first day), in one pass over the sessions.
    public func achievedOutcomes(learner ref: String?) async throws -> [String: [String: Day]] {
        try read { db in
            var result: [String: [String: Day]] = [:]
            let cursor = try Row.fetchCursor(
                db,
                sql: """
                    SELECT l.ref, s.date, s.outcomes FROM sessions s JOIN learners l ON l.id = s.learner_id
                    WHERE s.outcomes <> '' \(ref == nil ? "" : "AND s.learner_id = (SELECT id FROM learners WHERE ref = ?)")
                    ORDER BY s.learner_id, s.date
                    """, arguments: StatementArguments(ref.map { [$0] } ?? []))
            while let row = try cursor.next() {
                let learner: String = row[0]
                guard let day = Day(iso: row[1] as String) else { continue }
                for code in (row[2] as String).split(separator: ";") where result[learner]?[String(code)] == nil {
                    result[learner, default: [:]][String(code)] = day
                }
            }
            return result
        }
    }

    /// The due keys already issued (or being issued) per learner ref.
    public func issuedDueKeys(learner ref: String?) async throws -> [String: Set<String>] {
        try read { db in
            var keys: [String: Set<String>] = [:]
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT l.ref, c.due_key FROM certificates c JOIN learners l ON l.id = c.learner_id
                    \(ref == nil ? "" : "WHERE c.learner_id = (SELECT id FROM learners WHERE ref = ?)")
                    """, arguments: StatementArguments(ref.map { [$0] } ?? []))
            for row in rows {
                keys[row[0], default: []].insert(row[1])
            }
            return keys
        }
    }

    /// Records certificates about to be drawn, in one audited transaction; their files do not exist yet.
    public func addPendingCertificates(_ records: [CertificateRecord], by authorisation: Authorisation) async throws {
        guard !records.isEmpty else { return }
        do {
            try recordPending(records, authorisation)
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            // Two runs planned the same certificates; the first to record them issues them.
            throw ServiceError.conflict(.issuingInProgress)
        }
    }

    private func recordPending(_ records: [CertificateRecord], _ authorisation: Authorisation) throws {
        try write(
            authorisation, "certificate.issue", record: "certificates", details: ["count": String(records.count), "first": records[0].id]
        ) { db, auditID in
            let statement = try db.cachedStatement(
                sql: """
                    INSERT INTO certificates (id, code, learner_id, kind, subject, due_key, facts, signature, key_id, language,
                      large_print, file_path, output_folder, state, issued_at, audit_id)
                    VALUES (?, ?, (SELECT id FROM learners WHERE ref = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)
                    """)
            for record in records {
                try statement.execute(arguments: [
                    record.id, record.code, record.learnerRef, record.kind, record.subject, record.dueKey, record.signedFacts,
                    record.signature, record.keyID, record.language, record.largePrint, record.filePath, record.outputFolder,
                    record.issuedAt, auditID,
                ])
            }
        }
    }

    /// Marks certificates whose files are written as issued.
    public func markIssued(_ ids: [String], by authorisation: Authorisation) async throws {
        guard !ids.isEmpty else { return }
        try write(authorisation, "certificate.drawn", record: "certificates", details: ["count": String(ids.count), "first": ids[0]]) {
            db, _ in
            let statement = try db.cachedStatement(sql: "UPDATE certificates SET state = 'issued' WHERE id = ?")
            for id in ids { try statement.execute(arguments: [id]) }
        }
    }

    /// Certificates recorded but not yet confirmed drawn (a run was interrupted).
    public func pendingCertificates() async throws -> [CertificateRecord] {
        try fetchCertificates(where: "c.state = 'pending'", [])
    }

    /// One certificate by id or code, or nil.
    public func certificate(idOrCode: String) async throws -> CertificateRecord? {
        let code = VerificationCode.normalise(idOrCode) ?? ""
        return try fetchCertificates(where: "c.id = ? OR c.code = ?", [idOrCode.lowercased(), code]).first
    }

    /// A learner's certificates, oldest first.
    public func certificates(learner ref: String) async throws -> [CertificateRecord] {
        try fetchCertificates(where: "l.ref = ?", [ref])
    }

    /// Withdraws a certificate; verification then reports it revoked, with the reason.
    public func revokeCertificate(id: String, reason: String, by authorisation: Authorisation) async throws {
        try write(authorisation, "certificate.revoke", record: "certificate:\(id)", details: ["reason": reason]) { db, _ in
            try db.execute(
                sql: "UPDATE certificates SET revoked_at = ?, revoked_reason = ? WHERE id = ? AND revoked_at IS NULL",
                arguments: [timestamp(), reason, id])
            if db.changesCount == 0 { throw ServiceError.conflict(.alreadyRevoked(certificate: id)) }
        }
    }

    private func fetchCertificates(where condition: String, _ arguments: [any DatabaseValueConvertible]) throws -> [CertificateRecord] {
        try read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT c.*, l.ref AS learner_ref FROM certificates c JOIN learners l ON l.id = c.learner_id WHERE \(condition) ORDER BY c.issued_at, c.id",
                arguments: StatementArguments(arguments)
            ).map { row in
                CertificateRecord(
                    id: row["id"], code: row["code"], learnerRef: row["learner_ref"], kind: row["kind"], subject: row["subject"],
                    dueKey: row["due_key"], signedFacts: row["facts"], signature: row["signature"], keyID: row["key_id"],
                    language: row["language"], largePrint: row["large_print"], filePath: row["file_path"],
                    outputFolder: row["output_folder"], state: row["state"],
                    issuedAt: row["issued_at"], revokedAt: row["revoked_at"], revokedReason: row["revoked_reason"])
            }
        }
    }
}
