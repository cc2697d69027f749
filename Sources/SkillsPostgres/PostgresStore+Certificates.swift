import Foundation
import PostgresNIO
import SkillsCore
import SkillsStore

extension PostgresStore: CertificateStore {
    public func registerSigningKey(id: String, publicKey: Data, by authorisation: Authorisation) async throws {
        try await write(authorisation, "key.create", record: "key:\(id)") { connection, _ in
            try await connection.execute(
                "INSERT INTO signing_keys (id, public_key, created_at) VALUES (\(id), \(publicKey), \(timestamp()))")
        }
    }

    public func signingKeys() async throws -> [String: Data] {
        try await read { connection in
            Dictionary(
                uniqueKeysWithValues: try await connection.rows("SELECT id, public_key FROM signing_keys").map {
                    (try $0.value("id", as: String.self), try $0.value("public_key", as: Data.self))
                })
        }
    }

    public func certificateHolders(learner ref: String?) async throws -> [CertificateHolder] {
        if let ref { _ = try await learner(ref) }
        var conditions = PostgresConditions()
        try conditions.add("l.ref = ?", ref)
        return try await read { [conditions] connection in
            try await connection.rows(
                conditions.query(
                    """
                    SELECT l.*, c.ref AS centre_ref, c.name AS centre_name FROM learners l JOIN centres c ON c.id = l.centre_id
                    \(conditions.whereClause) ORDER BY l.ref
                    """)
            ).map { CertificateHolder(learner: try Self.learner(from: $0), centreName: try $0.value("centre_name")) }
        }
    }

    /// Each learner's achieved outcomes (code → first day), in one pass over the sessions.
    public func achievedOutcomes(learner ref: String?) async throws -> [String: [String: Day]] {
        var conditions = PostgresConditions()
        try conditions.add("s.learner_id = (SELECT id FROM learners WHERE ref = ?)", ref)
        return try await read { [conditions] connection in
            var result: [String: [String: Day]] = [:]
            let rows = try await connection.query(
                conditions.query(
                    """
                    SELECT l.ref, s.date, s.outcomes FROM sessions s JOIN learners l ON l.id = s.learner_id
                    WHERE s.outcomes <> '' \(conditions.andClause)
                    ORDER BY s.learner_id, s.date
                    """), logger: PostgresConnection.quiet)
            for try await (learner, date, outcomes) in rows.decode((String, String, String).self) {
                guard let day = Day(iso: date) else { continue }
                for code in outcomes.split(separator: ";") where result[learner]?[String(code)] == nil {
                    result[learner, default: [:]][String(code)] = day
                }
            }
            return result
        }
    }

    /// The due keys already issued (or being issued) per learner ref.
    public func issuedDueKeys(learner ref: String?) async throws -> [String: Set<String>] {
        var conditions = PostgresConditions()
        try conditions.add("c.learner_id = (SELECT id FROM learners WHERE ref = ?)", ref)
        return try await read { [conditions] connection in
            var keys: [String: Set<String>] = [:]
            for row in try await connection.rows(
                conditions.query(
                    "SELECT l.ref, c.due_key FROM certificates c JOIN learners l ON l.id = c.learner_id \(conditions.whereClause)"))
            {
                keys[try row[0].decode(String.self), default: []].insert(try row[1].decode(String.self))
            }
            return keys
        }
    }

    /// Records certificates about to be drawn, in one audited transaction; their files do not exist yet.
    public func addPendingCertificates(_ records: [CertificateRecord], by authorisation: Authorisation) async throws {
        guard !records.isEmpty else { return }
        try await write(
            authorisation, "certificate.issue", record: "certificates", details: ["count": String(records.count), "first": records[0].id]
        ) { connection, auditID in
            // Two runs planned the same certificates; the first to record them issues them. The write lock makes this
            // check and the inserts one step.
            let keys = records.map { "\($0.learnerRef)\u{1F}\($0.dueKey)" }
            if try await connection.value(
                """
                SELECT 1 FROM certificates c JOIN learners l ON l.id = c.learner_id
                WHERE l.ref || chr(31) || c.due_key = ANY(\(keys)) OR c.id = ANY(\(records.map(\.id))) LIMIT 1
                """, as: Int.self) != nil
            {
                throw ServiceError.conflict(.issuingInProgress)
            }
            for record in records {
                try await connection.execute(
                    """
                    INSERT INTO certificates (id, code, learner_id, kind, subject, due_key, facts, signature, key_id, language,
                      large_print, file_path, output_folder, state, issued_at, audit_id)
                    VALUES (\(record.id), \(record.code), (SELECT id FROM learners WHERE ref = \(record.learnerRef)), \(record.kind),
                      \(record.subject), \(record.dueKey), \(record.signedFacts), \(record.signature), \(record.keyID), \(record.language),
                      \(record.largePrint), \(record.filePath), \(record.outputFolder), 'pending', \(record.issuedAt), \(auditID))
                    """)
            }
        }
    }

    /// Marks certificates whose files are written as issued.
    public func markIssued(_ ids: [String], by authorisation: Authorisation) async throws {
        guard !ids.isEmpty else { return }
        try await write(authorisation, "certificate.drawn", record: "certificates", details: ["count": String(ids.count), "first": ids[0]])
        {
            connection, _ in
            try await connection.execute("UPDATE certificates SET state = 'issued' WHERE id = ANY(\(ids))")
        }
    }

    public func pendingCertificates() async throws -> [CertificateRecord] {
        try await fetchCertificates("WHERE c.state = 'pending'", PostgresBindings())
    }

    public func certificate(idOrCode: String) async throws -> CertificateRecord? {
        var binds = PostgresBindings()
        binds.append(idOrCode.lowercased())
        binds.append(VerificationCode.normalise(idOrCode) ?? "")
        return try await fetchCertificates("WHERE c.id = $1 OR c.code = $2", binds).first
    }

    public func certificates(learner ref: String) async throws -> [CertificateRecord] {
        var binds = PostgresBindings()
        binds.append(ref)
        return try await fetchCertificates("WHERE l.ref = $1", binds)
    }

    /// Withdraws a certificate; verification then reports it revoked, with the reason.
    public func revokeCertificate(id: String, reason: String, by authorisation: Authorisation) async throws {
        try await write(authorisation, "certificate.revoke", record: "certificate:\(id)", details: ["reason": reason]) { connection, _ in
            let changed = try await connection.values(
                """
                UPDATE certificates SET revoked_at = \(timestamp()), revoked_reason = \(reason) WHERE id = \(id) AND revoked_at IS NULL
                RETURNING id
                """, as: String.self)
            if changed.isEmpty { throw ServiceError.conflict(.alreadyRevoked(certificate: id)) }
        }
    }

    private func fetchCertificates(_ condition: String, _ binds: PostgresBindings) async throws -> [CertificateRecord] {
        try await read { connection in
            try await connection.rows(
                PostgresQuery(
                    unsafeSQL: """
                        SELECT c.*, l.ref AS learner_ref FROM certificates c JOIN learners l ON l.id = c.learner_id \(condition)
                        ORDER BY c.issued_at, c.id
                        """, binds: binds)
            ).map { row in
                CertificateRecord(
                    id: try row.value("id"), code: try row.value("code"), learnerRef: try row.value("learner_ref"),
                    kind: try row.value("kind"),
                    subject: try row.value("subject"), dueKey: try row.value("due_key"), signedFacts: try row.value("facts"),
                    signature: try row.value("signature"), keyID: try row.value("key_id"), language: try row.value("language"),
                    largePrint: try row.value("large_print"), filePath: try row.value("file_path"),
                    outputFolder: try row.value("output_folder"),
                    state: try row.value("state"), issuedAt: try row.value("issued_at"), revokedAt: try row.value("revoked_at"),
                    revokedReason: try row.value("revoked_reason"))
            }
        }
    }
}
