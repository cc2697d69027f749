import Foundation
import SkillsCore

/// Sign-in for the web door: password hashes, server-side sessions, failed attempts and learners' one-time access
/// codes.
///
/// Kept apart from `ProgrammeStore` so a store that has no web door yet still compiles; `skills serve` needs a store
/// that is both. Secrets are never stored: only password hashes and SHA-256 digests of session ids and codes.
public protocol AccountStore: Sendable {
    /// Sets (or replaces) a registered actor's password hash, audited as a password change without the hash.
    func setPasswordHash(_ hash: String, for name: String, by authorisation: Authorisation) async throws
    /// The password hash of a registered actor, or nil when they have none.
    func passwordHash(of name: String) async throws -> String?
    /// The failed sign-ins in a row for a name, and when the last was.
    func signInFailures(of name: String) async throws -> SignInFailures
    /// Counts a failed sign-in for a name and records it in the audit trail.
    func recordSignInFailure(of name: String) async throws
    /// Stores a new session, clears the holder's failed sign-ins and records the sign-in in the audit trail.
    func startSession(_ session: WebSession) async throws
    /// The session whose id has this digest, or nil.
    func session(digest: String) async throws -> WebSession?
    /// Notes that a session was used at an instant.
    func touchSession(digest: String, at instant: Date) async throws
    /// Ends a session, recording the sign-out in the audit trail; ending an unknown session does nothing.
    func endSession(digest: String) async throws
    /// Stores a learner's one-time access code (its digest) until it expires.
    func addAccessCode(digest: String, learnerRef: String, expires: Date, by authorisation: Authorisation) async throws
    /// Uses up an access code: returns the learner it was made for, or nil when it is unknown, used or expired.
    func redeemAccessCode(digest: String, at instant: Date) async throws -> String?
    /// Records in the audit trail that a learner signed in with an access code downloaded everything held about them
    /// (`learner.export`, with the learner as the actor).
    func recordExportByLearner(_ ref: String) async throws
}

/// Failed sign-ins in a row for one name.
public struct SignInFailures: Sendable, Equatable {
    public var count: Int
    public var last: Date?

    public init(count: Int, last: Date?) {
        self.count = count
        self.last = last
    }
}
