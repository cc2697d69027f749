import Foundation
import GRDB
import SkillsCore
import SkillsStore

extension SQLiteStore: AccountStore {
    public func setPasswordHash(_ hash: String, for name: String, by authorisation: Authorisation) async throws {
        try write(authorisation, "actor.password", record: "actor:\(name)") { db, _ in
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM actors WHERE name = ?", arguments: [name]) != nil else {
                throw ServiceError.unknown(.actor, name, among: try String.fetchAll(db, sql: "SELECT name FROM actors"))
            }
            try db.execute(
                sql: """
                    INSERT INTO actor_passwords (actor_name, hash, set_at) VALUES (?, ?, ?)
                    ON CONFLICT (actor_name) DO UPDATE SET hash = excluded.hash, set_at = excluded.set_at
                    """,
                arguments: [name, hash, timestamp()])
            // A new password ends every session the old one opened.
            try db.execute(sql: "DELETE FROM web_sessions WHERE holder_kind = 'actor' AND holder = ?", arguments: [name])
        }
    }

    public func passwordHash(of name: String) async throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT hash FROM actor_passwords WHERE actor_name = ?", arguments: [name]) }
    }

    public func signInFailures(of name: String) async throws -> SignInFailures {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT count, last_at FROM sign_in_failures WHERE name = ?", arguments: [name])
            else { return SignInFailures(count: 0, last: nil) }
            return SignInFailures(count: row["count"], last: Date(timeIntervalSince1970: row["last_at"]))
        }
    }

    public func recordSignInFailure(of name: String) async throws {
        try writeTransaction { db in
            try db.execute(
                sql: """
                    INSERT INTO sign_in_failures (name, count, last_at) VALUES (?, 1, ?)
                    ON CONFLICT (name) DO UPDATE SET count = count + 1, last_at = excluded.last_at
                    """,
                arguments: [name, clock.now().timeIntervalSince1970])
            _ = try AuditTrail.append(db, at: clock.now(), actor: name, action: "sign-in.failed", record: "actor:\(name)", details: [:])
        }
    }

    public func startSession(_ session: WebSession) async throws {
        let (kind, holder) = Self.columns(session.holder)
        try writeTransaction { db in
            try db.execute(
                sql: """
                    INSERT INTO web_sessions (digest, holder_kind, holder, form_token, started_at, last_seen_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    session.digest, kind, holder, session.formToken, session.started.timeIntervalSince1970,
                    session.lastSeen.timeIntervalSince1970,
                ])
            try db.execute(sql: "DELETE FROM sign_in_failures WHERE name = ?", arguments: [holder])
            // Sessions past their longest life are cleared as new ones start, so the table stays small.
            try db.execute(
                sql: "DELETE FROM web_sessions WHERE started_at < ?",
                arguments: [clock.now().timeIntervalSince1970 - WebSessionLifetime.longest])
            _ = try AuditTrail.append(db, at: clock.now(), actor: holder, action: "sign-in", record: "\(kind):\(holder)", details: [:])
        }
    }

    public func session(digest: String) async throws -> WebSession? {
        try read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM web_sessions WHERE digest = ?"), arguments: [digest]).map { row in
                let holder: String = row["holder"]
                return WebSession(
                    digest: row["digest"], holder: row["holder_kind"] == "learner" ? .learner(holder) : .actor(holder),
                    formToken: row["form_token"], started: Date(timeIntervalSince1970: row["started_at"]),
                    lastSeen: Date(timeIntervalSince1970: row["last_seen_at"]))
            }
        }
    }

    public func touchSession(digest: String, at instant: Date) async throws {
        try writeTransaction { db in
            try db.execute(
                sql: "UPDATE web_sessions SET last_seen_at = ? WHERE digest = ?", arguments: [instant.timeIntervalSince1970, digest])
        }
    }

    public func endSession(digest: String) async throws {
        try writeTransaction { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT holder_kind, holder FROM web_sessions WHERE digest = ?", arguments: [digest])
            else { return }
            try db.execute(sql: "DELETE FROM web_sessions WHERE digest = ?", arguments: [digest])
            let kind: String = row["holder_kind"]
            let holder: String = row["holder"]
            _ = try AuditTrail.append(db, at: clock.now(), actor: holder, action: "sign-out", record: "\(kind):\(holder)", details: [:])
        }
    }

    public func addAccessCode(digest: String, learnerRef: String, expires: Date, by authorisation: Authorisation) async throws {
        try write(authorisation, "learner.access-code", record: "learner:\(learnerRef)") { db, _ in
            try db.execute(
                sql: "INSERT INTO access_codes (digest, learner_ref, expires_at) VALUES (?, ?, ?)",
                arguments: [digest, learnerRef, expires.timeIntervalSince1970])
        }
    }

    public func redeemAccessCode(digest: String, at instant: Date) async throws -> String? {
        try writeTransaction { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT learner_ref, expires_at FROM access_codes WHERE digest = ?", arguments: [digest])
            else { return nil }
            try db.execute(sql: "DELETE FROM access_codes WHERE digest = ?", arguments: [digest])
            return instant.timeIntervalSince1970 < row["expires_at"] as Double ? row["learner_ref"] : nil
        }
    }

    public func recordExportByLearner(_ ref: String) async throws {
        try writeTransaction { db in
            _ = try AuditTrail.append(
                db, at: clock.now(), actor: ref, action: "learner.export", record: "learner:\(ref)",
                details: ["file": "downloaded by the learner from the web"])
        }
    }

    /// A holder as the two columns that store it.
    private static func columns(_ holder: WebSession.Holder) -> (kind: String, name: String) {
        switch holder {
        case .actor(let name): ("actor", name)
        case .learner(let ref): ("learner", ref)
        }
    }
}
