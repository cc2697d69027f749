import Crypto
import Foundation
import HummingbirdBcrypt
import SkillsCore
import SkillsStore

/// Passwords, sign-in and sessions for the web door and the API, and learners' one-time access codes.
///
/// Roles are still checked by every other service on every request; this only says who is asking.
public struct AccountService: Sendable {
    let context: ServiceContext
    let accounts: any AccountStore
    let passwords: PasswordHashing

    public init(_ context: ServiceContext, accounts: any AccountStore, passwords: PasswordHashing = .bcrypt) {
        self.context = context
        self.accounts = accounts
        self.passwords = passwords
    }

    /// The bcrypt cost: about a quarter of a second a guess on a server core.
    static let bcryptCost: UInt8 = 12
    /// A bcrypt hash of the same cost that belongs to no one. A name with no password (unknown, or never given one) is
    /// checked against it, so it costs the same time as a known name with a wrong password and its answer cannot tell a
    /// stranger who has an account. Its password is "no account has this password"; a match still signs no one in.
    static let unknownNameHash = "$2b$12$lKo6AIVLovqck.r9oGY0XOwIpfaiu11vWx5buscNYPKnb9QMSzSHe"
    /// How long a learner's access code may wait to be used.
    public static let accessCodeLife: TimeInterval = 14 * 86_400

    /// Sets a registered actor's password; an actor may set their own, an administrator anyone's.
    public func setPassword(_ password: String, for name: String, by actor: String) async throws {
        try FieldValidation.check([Self.passwordProblem(password)])
        let action: ProgrammeAction = name == actor ? .read : .manageRoles
        let hash = passwords.hash(password)
        try await context.gate.recordingRefusal {
            try await accounts.setPasswordHash(hash, for: name, by: Authorisation(actor, action))
        }
    }

    /// Signs a registered actor in with their password, starting a session.
    public func signIn(name: String, password: String) async throws -> SignedIn {
        // A name that could not be written to the audit trail cannot have an account either; anyone can tell such a
        // name is malformed, so answering it at once tells a stranger nothing about who has an account.
        guard FieldRules.nameProblem(name) == nil else { throw SignInRefusal.wrongNameOrPassword }
        let now = context.clock.now()
        let failures = try await accounts.signInFailures(of: name)
        if let next = SignInThrottle.nextAttempt(failures: failures.count, lastFailure: failures.last), next > now {
            throw SignInRefusal.slowedDown(until: next)
        }
        // Every name that gets this far costs one bcrypt check, whether or not it has a password.
        let stored = try await accounts.passwordHash(of: name)
        let matches = passwords.verify(password, stored ?? Self.unknownNameHash)
        guard stored != nil, matches, try await context.store.actor(named: name) != nil else {
            try await accounts.recordSignInFailure(of: name)
            throw SignInRefusal.wrongNameOrPassword
        }
        return try await start(.actor(name))
    }

    /// The live session a cookie or bearer token names, or nil when it is unknown, expired or idle too long.
    public func session(token: String) async throws -> WebSession? {
        let digest = Self.digest(token)
        guard let session = try await accounts.session(digest: digest) else { return nil }
        let now = context.clock.now()
        guard WebSessionLifetime.isLive(started: session.started, lastSeen: session.lastSeen, now: now) else { return nil }
        if now.timeIntervalSince(session.lastSeen) > WebSessionLifetime.refreshAfter {
            try await accounts.touchSession(digest: digest, at: now)
        }
        return session
    }

    /// Ends the session a token names.
    public func signOut(token: String) async throws {
        try await accounts.endSession(digest: Self.digest(token))
    }

    /// Makes a one-time access code for a learner at the tutor's own centre, valid for two weeks.
    public func makeAccessCode(for learnerRef: String, by actor: String) async throws -> String {
        _ = try await context.store.learner(learnerRef)
        let code = Self.accessCode()
        try await context.gate.recordingRefusal {
            try await accounts.addAccessCode(
                digest: Self.digest(Self.normalisedCode(code)), learnerRef: learnerRef,
                expires: context.clock.now().addingTimeInterval(Self.accessCodeLife),
                by: Authorisation(actor, .manageLearners, learners: [learnerRef]))
        }
        return code
    }

    /// Signs a learner in with a one-time access code, using it up.
    public func redeem(accessCode: String) async throws -> SignedIn {
        guard let ref = try await accounts.redeemAccessCode(digest: Self.digest(Self.normalisedCode(accessCode)), at: context.clock.now())
        else { throw SignInRefusal.wrongNameOrPassword }
        return try await start(.learner(ref))
    }

    /// Everything held about a learner signed in with an access code, exactly as `learner export` writes it, for them
    /// to download; the download is audited as their own. Their ref comes from their session, never from a request.
    public func exportOwnData(of learnerRef: String) async throws -> LearnerExport {
        let export = try await context.learnerExport(learnerRef)
        try await accounts.recordExportByLearner(learnerRef)
        return export
    }

    private func start(_ holder: WebSession.Holder) async throws -> SignedIn {
        let token = Self.randomToken()
        let now = context.clock.now()
        let session = WebSession(digest: Self.digest(token), holder: holder, formToken: Self.randomToken(), started: now, lastSeen: now)
        try await accounts.startSession(session)
        return SignedIn(token: token, session: session)
    }

    /// Why a password will not do, or nil: bcrypt reads at most 72 bytes, and short ones fall to guessing.
    static func passwordProblem(_ password: String) -> FieldProblem? {
        if password.count < 10 {
            return FieldProblem(
                field: "password", value: "(hidden)", rule: "the password is shorter than 10 characters",
                hint: "use three or four unrelated words")
        }
        if password.utf8.count > 72 {
            return FieldProblem(field: "password", value: "(hidden)", rule: "the password is longer than 72 bytes")
        }
        return nil
    }

    /// A token for a form shown before anyone has signed in.
    public static func newFormToken() -> String { randomToken() }

    /// 32 random bytes as URL-safe text.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return Base64URL.encode(Data((0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }))
    }

    /// Eight characters a learner can read out and type: no 0/O or 1/I to confuse, shown as two groups of four.
    static func accessCode() -> String {
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<8).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return String(characters[0..<4]) + "-" + String(characters[4...])
    }

    /// A code as typed, upper-cased without spaces or dashes.
    static func normalisedCode(_ code: String) -> String {
        code.uppercased().filter { $0.isLetter || $0.isNumber }
    }

    /// The hex SHA-256 of a secret: what the store keeps instead of it.
    static func digest(_ secret: String) -> String {
        Hex.string(SHA256.hash(data: Data(secret.utf8)))
    }
}

/// How passwords are hashed and checked: bcrypt at `AccountService.bcryptCost`; tests may count the checks.
public struct PasswordHashing: Sendable {
    public var hash: @Sendable (_ password: String) -> String
    public var verify: @Sendable (_ password: String, _ hash: String) -> Bool

    public init(hash: @escaping @Sendable (String) -> String, verify: @escaping @Sendable (String, String) -> Bool) {
        self.hash = hash
        self.verify = verify
    }

    public static let bcrypt = PasswordHashing(
        hash: { Bcrypt.hash($0, cost: AccountService.bcryptCost) }, verify: { Bcrypt.verify($0, hash: $1) })
}
