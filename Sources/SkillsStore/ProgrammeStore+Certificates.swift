import Foundation
import GRDB
import SkillsCore

/// A certificate as stored: its signed facts, where its file is, and whether it still stands.
public struct CertificateRecord: Sendable, Equatable {
    public var id: String
    public var code: String
    public var learnerRef: String
    public var kind: String
    public var subject: String
    /// What makes it unique for the learner: `module:F1`, `curriculum:eds-life`, `progress:<digest>`.
    public var dueKey: String
    public var signedFacts: Data
    public var signature: Data
    public var keyID: String
    public var language: String
    public var largePrint: Bool
    /// The file's path inside `outputFolder` (absolute for certificates issued before folders were recorded).
    public var filePath: String
    /// The folder it was issued into, relative to the database's folder when it can be (see `CertificateFolder`).
    public var outputFolder: String?
    public var state: String
    public var issuedAt: String
    public var revokedAt: String?
    public var revokedReason: String?

    public init(
        id: String, code: String, learnerRef: String, kind: String, subject: String, dueKey: String, signedFacts: Data,
        signature: Data, keyID: String, language: String, largePrint: Bool, filePath: String, outputFolder: String? = nil,
        state: String = "pending",
        issuedAt: String, revokedAt: String? = nil, revokedReason: String? = nil
    ) {
        self.id = id
        self.code = code
        self.learnerRef = learnerRef
        self.kind = kind
        self.subject = subject
        self.dueKey = dueKey
        self.signedFacts = signedFacts
        self.signature = signature
        self.keyID = keyID
        self.language = language
        self.largePrint = largePrint
        self.filePath = filePath
        self.outputFolder = outputFolder
        self.state = state
        self.issuedAt = issuedAt
        self.revokedAt = revokedAt
        self.revokedReason = revokedReason
    }
}

/// What certificates need to know about a learner: who, where, and how they like to read.
public struct CertificateHolder: Sendable {
    public var learner: Learner
    public var centreName: String
}

extension ProgrammeStore {
    /// Records the programme's public signing key (the private key never enters the database).
    public func registerSigningKey(id: String, publicKey: Data, by actor: String) throws {
        try write(by: actor, "key.create", record: "key:\(id)") { db, _ in
            try db.execute(
                sql: "INSERT INTO signing_keys (id, public_key, created_at) VALUES (?, ?, ?)",
                arguments: [id, publicKey, timestamp()])
        }
    }

    /// Every public key the programme has signed with, by id.
    public func signingKeys() throws -> [String: Data] {
        try read { db in
            Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, public_key FROM signing_keys").map {
                    ($0["id"], $0["public_key"])
                })
        }
    }

    /// Learners with the names certificates print, optionally just one.
    public func certificateHolders(learner ref: String? = nil) throws -> [CertificateHolder] {
        if let ref { _ = try learner(ref) }
        return try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT l.*, c.ref AS centre_ref, c.name AS centre_name
                    FROM learners l JOIN centres c ON c.id = l.centre_id
                    WHERE ? IS NULL OR l.ref = ? ORDER BY l.ref
                    """, arguments: [ref, ref]
            ).map { row in
                CertificateHolder(learner: Self.learner(from: row), centreName: row["centre_name"])
            }
        }
    }

    /// Each learner's achieved outcomes (code → first day), in one pass over the sessions.
    public func achievedOutcomes(learner ref: String? = nil) throws -> [String: [String: Day]] {
        try read { db in
            var result: [String: [String: Day]] = [:]
            let cursor = try Row.fetchCursor(
                db,
                sql: """
                    SELECT l.ref, s.date, s.outcomes FROM sessions s JOIN learners l ON l.id = s.learner_id
                    WHERE s.outcomes <> '' AND (? IS NULL OR l.ref = ?) ORDER BY s.learner_id, s.date
                    """, arguments: [ref, ref])
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
    public func issuedDueKeys() throws -> [String: Set<String>] {
        try read { db in
            var keys: [String: Set<String>] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT l.ref, c.due_key FROM certificates c JOIN learners l ON l.id = c.learner_id") {
                keys[row[0], default: []].insert(row[1])
            }
            return keys
        }
    }

    /// Records certificates about to be drawn, in one audited transaction; their files do not exist yet.
    public func addPendingCertificates(_ records: [CertificateRecord], by actor: String) throws {
        guard !records.isEmpty else { return }
        try write(
            by: actor, "certificate.issue", record: "certificates", details: ["count": String(records.count), "first": records[0].id]
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
                    record.issuedAt,
                    auditID,
                ])
            }
        }
    }

    /// Marks certificates whose files are written as issued.
    public func markIssued(_ ids: [String], by actor: String) throws {
        guard !ids.isEmpty else { return }
        try write(by: actor, "certificate.drawn", record: "certificates", details: ["count": String(ids.count), "first": ids[0]]) { db, _ in
            let statement = try db.cachedStatement(sql: "UPDATE certificates SET state = 'issued' WHERE id = ?")
            for id in ids { try statement.execute(arguments: [id]) }
        }
    }

    /// Certificates recorded but not yet confirmed drawn (a run was interrupted).
    public func pendingCertificates() throws -> [CertificateRecord] {
        try fetchCertificates(where: "c.state = 'pending'", [])
    }

    /// One certificate by id or code, or nil.
    public func certificate(idOrCode: String) throws -> CertificateRecord? {
        let code = VerificationCode.normalise(idOrCode) ?? ""
        return try fetchCertificates(where: "c.id = ? OR c.code = ?", [idOrCode.lowercased(), code]).first
    }

    /// A learner's certificates, oldest first.
    public func certificates(learner ref: String) throws -> [CertificateRecord] {
        try fetchCertificates(where: "l.ref = ?", [ref])
    }

    /// Withdraws a certificate; verification then reports it revoked, with the reason.
    public func revokeCertificate(id: String, reason: String, by actor: String) throws {
        try write(by: actor, "certificate.revoke", record: "certificate:\(id)", details: ["reason": reason]) { db, _ in
            try db.execute(
                sql: "UPDATE certificates SET revoked_at = ?, revoked_reason = ? WHERE id = ? AND revoked_at IS NULL",
                arguments: [timestamp(), reason, id])
            if db.changesCount == 0 { throw UserError(.data, "certificate \(id) is already revoked") }
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
