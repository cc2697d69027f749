import Foundation
import PostgresNIO
import SkillsCore
import SkillsStore

/// Sign-in for the web door, kept in the database so that every server on it shares the same sessions: a tutor signed
/// in through one server is signed in on all of them, and signing out anywhere ends the session everywhere.
///
/// Changes that the audit trail records take the programme's write lock; touching a session or using up an access
/// code does not, because each is one statement that PostgreSQL already makes atomic.
extension PostgresStore: AccountStore {
    public func setPasswordHash(_ hash: String, for name: String, by authorisation: Authorisation) async throws {
        try await write(authorisation, "actor.password", record: "actor:\(name)") { connection, _ in
            guard try await connection.value("SELECT 1 FROM actors WHERE name = \(name)", as: Int32.self) != nil else {
                throw ServiceError.unknown(.actor, name, among: try await connection.values("SELECT name FROM actors", as: String.self))
            }
            try await connection.execute(
                """
                INSERT INTO actor_passwords (actor_name, hash, set_at) VALUES (\(name), \(hash), \(timestamp()))
                ON CONFLICT (actor_name) DO UPDATE SET hash = excluded.hash, set_at = excluded.set_at
                """)
            // A new password ends every session the old one opened.
            try await connection.execute("DELETE FROM web_sessions WHERE holder_kind = 'actor' AND holder = \(name)")
        }
    }

    public func passwordHash(of name: String) async throws -> String? {
        try await read { try await $0.value("SELECT hash FROM actor_passwords WHERE actor_name = \(name)", as: String.self) }
    }

    public func signInFailures(of name: String) async throws -> SignInFailures {
        try await read { connection in
            guard let row = try await connection.rows("SELECT count, last_at FROM sign_in_failures WHERE name = \(name)").first else {
                return SignInFailures(count: 0, last: nil)
            }
            return SignInFailures(
                count: Int(try row.value("count", as: Int32.self)),
                last: Date(timeIntervalSince1970: try row.value("last_at", as: Double.self)))
        }
    }

    public func recordSignInFailure(of name: String) async throws {
        let now = clock.now()
        try await writeTransaction { connection in
            try await connection.execute(
                """
                INSERT INTO sign_in_failures (name, count, last_at) VALUES (\(name), 1, \(now.timeIntervalSince1970))
                ON CONFLICT (name) DO UPDATE SET count = sign_in_failures.count + 1, last_at = excluded.last_at
                """)
            _ = try await PostgresAuditTrail.append(
                connection, at: now, actor: name, action: "sign-in.failed", record: "actor:\(name)", details: [:])
        }
    }

    public func startSession(_ session: WebSession) async throws {
        let (kind, holder) = Self.columns(session.holder)
        let now = clock.now()
        try await writeTransaction { connection in
            try await connection.execute(
                """
                INSERT INTO web_sessions (digest, holder_kind, holder, form_token, started_at, last_seen_at)
                VALUES (\(session.digest), \(kind), \(holder), \(session.formToken), \(session.started.timeIntervalSince1970),
                  \(session.lastSeen.timeIntervalSince1970))
                """)
            try await connection.execute("DELETE FROM sign_in_failures WHERE name = \(holder)")
            // Sessions past their longest life are cleared as new ones start, so the table stays small.
            let oldest = now.timeIntervalSince1970 - WebSessionLifetime.longest
            try await connection.execute("DELETE FROM web_sessions WHERE started_at < \(oldest)")
            _ = try await PostgresAuditTrail.append(
                connection, at: now, actor: holder, action: "sign-in", record: "\(kind):\(holder)", details: [:])
        }
    }

    public func session(digest: String) async throws -> WebSession? {
        try await read { connection in
            try await connection.rows(
                "SELECT digest, holder_kind, holder, form_token, started_at, last_seen_at FROM web_sessions WHERE digest = \(digest)"
            ).first.map { row in
                let holder: String = try row.value("holder")
                return WebSession(
                    digest: try row.value("digest"),
                    holder: try row.value("holder_kind", as: String.self) == "learner" ? .learner(holder) : .actor(holder),
                    formToken: try row.value("form_token"),
                    started: Date(timeIntervalSince1970: try row.value("started_at", as: Double.self)),
                    lastSeen: Date(timeIntervalSince1970: try row.value("last_seen_at", as: Double.self)))
            }
        }
    }

    public func touchSession(digest: String, at instant: Date) async throws {
        try await transaction { connection in
            try await connection.execute(
                "UPDATE web_sessions SET last_seen_at = \(instant.timeIntervalSince1970) WHERE digest = \(digest)")
        }
    }

    public func recordExportByLearner(_ ref: String) async throws {
        try await writeTransaction { connection in
            _ = try await PostgresAuditTrail.append(
                connection, at: clock.now(), actor: ref, action: "learner.export", record: "learner:\(ref)",
                details: ["file": "downloaded by the learner from the web"])
        }
    }

    public func endSession(digest: String) async throws {
        try await writeTransaction { connection in
            guard
                let row = try await connection.rows(
                    "DELETE FROM web_sessions WHERE digest = \(digest) RETURNING holder_kind, holder"
                ).first
            else { return }
            let kind: String = try row.value("holder_kind")
            let holder: String = try row.value("holder")
            _ = try await PostgresAuditTrail.append(
                connection, at: clock.now(), actor: holder, action: "sign-out", record: "\(kind):\(holder)", details: [:])
        }
    }

    public func addAccessCode(digest: String, learnerRef: String, expires: Date, by authorisation: Authorisation) async throws {
        try await write(authorisation, "learner.access-code", record: "learner:\(learnerRef)") { connection, _ in
            try await connection.execute(
                """
                INSERT INTO access_codes (digest, learner_ref, expires_at)
                VALUES (\(digest), \(learnerRef), \(expires.timeIntervalSince1970))
                """)
        }
    }

    public func redeemAccessCode(digest: String, at instant: Date) async throws -> String? {
        // One DELETE … RETURNING: when two servers redeem the same code at once, only one of them gets the row.
        try await transaction { connection in
            guard
                let row = try await connection.rows(
                    "DELETE FROM access_codes WHERE digest = \(digest) RETURNING learner_ref, expires_at"
                ).first
            else { return nil }
            return instant.timeIntervalSince1970 < (try row.value("expires_at", as: Double.self)) ? try row.value("learner_ref") : nil
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
