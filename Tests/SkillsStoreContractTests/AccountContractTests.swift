import Foundation
import SkillsCore
import SkillsStore
import Testing

@Suite("Store contract: accounts for the web door", .droppingTestDatabases)
struct AccountContractTests {
    /// The instant every contract store believes it is.
    static let now = Clock.fixed(ContractStores.today).now()

    /// The contract programme and the same store seen as an account store.
    static func make(_ kind: String) async throws -> (ContractProgramme, any AccountStore) {
        let programme = try await ContractProgramme.make(kind)
        return (programme, try #require(programme.store as? any AccountStore, "the \(kind) store keeps no accounts"))
    }

    static func session(_ digest: String, _ holder: WebSession.Holder, started: Date = now) -> WebSession {
        WebSession(digest: digest, holder: holder, formToken: "form-\(digest)", started: started, lastSeen: started)
    }

    @Test("a password hash is set, replaced and audited without the hash; a new one ends the old sessions", arguments: ContractStores.kinds)
    func passwords(_ kind: String) async throws {
        let (programme, accounts) = try await Self.make(kind)
        let roles = Authorisation(ContractProgramme.admin, .manageRoles)
        #expect(try await accounts.passwordHash(of: ContractProgramme.tutor) == nil)
        try await accounts.setPasswordHash("$2b$12$first", for: ContractProgramme.tutor, by: roles)
        try await accounts.startSession(Self.session("d-1", .actor(ContractProgramme.tutor)))
        try await accounts.setPasswordHash("$2b$12$second", for: ContractProgramme.tutor, by: roles)
        #expect(try await accounts.passwordHash(of: ContractProgramme.tutor) == "$2b$12$second")
        #expect(try await accounts.session(digest: "d-1") == nil)
        await #expect(throws: ServiceError.self) { try await accounts.setPasswordHash("$2b$12$x", for: "nobody", by: roles) }
        let entries = try await programme.store.auditLog(AuditFilter(limit: 1000)).filter { $0.action == "actor.password" }
        #expect(entries.count == 2)
        #expect(entries.allSatisfy { $0.record == "actor:\(ContractProgramme.tutor)" && !$0.details.contains("$2b$") })
        #expect(try await programme.store.verifyAudit().problem == nil)
    }

    @Test("failed sign-ins are counted and audited; signing in clears them", arguments: ContractStores.kinds)
    func failures(_ kind: String) async throws {
        let (programme, accounts) = try await Self.make(kind)
        #expect(try await accounts.signInFailures(of: "aled") == SignInFailures(count: 0, last: nil))
        try await accounts.recordSignInFailure(of: "aled")
        try await accounts.recordSignInFailure(of: "aled")
        #expect(try await accounts.signInFailures(of: "aled") == SignInFailures(count: 2, last: Self.now))
        #expect(try await accounts.signInFailures(of: "priya").count == 0)
        try await accounts.startSession(Self.session("d-1", .actor("aled")))
        #expect(try await accounts.signInFailures(of: "aled").count == 0)
        let actions = try await programme.store.auditLog(AuditFilter(limit: 1000)).prefix(3).map(\.action)
        #expect(actions == ["sign-in", "sign-in.failed", "sign-in.failed"])
    }

    @Test("a session is kept by its digest, touched, ended once, and cleared after its longest life", arguments: ContractStores.kinds)
    func sessions(_ kind: String) async throws {
        let (programme, accounts) = try await Self.make(kind)
        let started = Self.now.addingTimeInterval(-600)
        let session = Self.session("d-1", .learner("L-A"), started: started)
        try await accounts.startSession(session)
        #expect(try await accounts.session(digest: "d-1") == session)
        try await accounts.touchSession(digest: "d-1", at: Self.now)
        #expect(try await accounts.session(digest: "d-1")?.lastSeen == Self.now)
        #expect(try await accounts.session(digest: "d-1")?.started == started)
        try await accounts.endSession(digest: "d-1")
        try await accounts.endSession(digest: "d-1")
        #expect(try await accounts.session(digest: "d-1") == nil)
        let entries = try await programme.store.auditLog(AuditFilter(limit: 1000))
        #expect(entries.prefix(2).map(\.action) == ["sign-out", "sign-in"])
        #expect(entries.first?.record == "learner:L-A")

        let stale = Self.now.addingTimeInterval(-WebSessionLifetime.longest - 1)
        try await accounts.startSession(Self.session("d-old", .actor("aled"), started: stale))
        try await accounts.startSession(Self.session("d-new", .actor("aled")))
        #expect(try await accounts.session(digest: "d-old") == nil)
        #expect(try await accounts.session(digest: "d-new") != nil)
    }

    @Test("an access code is used up once, and never after it expires", arguments: ContractStores.kinds)
    func accessCodes(_ kind: String) async throws {
        let (programme, accounts) = try await Self.make(kind)
        let tutor = Authorisation(ContractProgramme.coordinator, .manageLearners, learners: ["L-A"])
        try await accounts.addAccessCode(digest: "c-1", learnerRef: "L-A", expires: Self.now.addingTimeInterval(60), by: tutor)
        try await accounts.addAccessCode(digest: "c-2", learnerRef: "L-A", expires: Self.now.addingTimeInterval(60), by: tutor)
        #expect(try await accounts.redeemAccessCode(digest: "c-1", at: Self.now) == "L-A")
        #expect(try await accounts.redeemAccessCode(digest: "c-1", at: Self.now) == nil)
        #expect(try await accounts.redeemAccessCode(digest: "c-2", at: Self.now.addingTimeInterval(61)) == nil)
        #expect(try await accounts.redeemAccessCode(digest: "c-2", at: Self.now) == nil, "an expired code was kept")
        #expect(try await accounts.redeemAccessCode(digest: "unknown", at: Self.now) == nil)
        let codes = try await programme.store.auditLog(AuditFilter(limit: 1000)).filter { $0.action == "learner.access-code" }
        #expect(codes.count == 2)
        await #expect(throws: ServiceError.self) {
            try await accounts.addAccessCode(
                digest: "c-3", learnerRef: "L-B", expires: Self.now,
                by: Authorisation(ContractProgramme.tutor, .manageLearners, learners: ["L-B"]))
        }
    }

    @Test("erasing a learner removes their access codes and web sessions, and no one else's", arguments: ContractStores.kinds)
    func erasureEndsSignIn(_ kind: String) async throws {
        let (programme, accounts) = try await Self.make(kind)
        let coordinator = ContractProgramme.coordinator
        let expires = Self.now.addingTimeInterval(3600)
        try await accounts.addAccessCode(
            digest: "c-a", learnerRef: "L-A", expires: expires, by: Authorisation(coordinator, .manageLearners, learners: ["L-A"]))
        try await accounts.addAccessCode(
            digest: "c-b", learnerRef: "L-B", expires: expires, by: Authorisation(coordinator, .manageLearners, learners: ["L-B"]))
        try await accounts.startSession(Self.session("d-a", .learner("L-A")))
        try await accounts.startSession(Self.session("d-b", .learner("L-B")))
        _ = try await programme.store.eraseLearners(
            [LearnerErasure(ref: "L-A", reason: "learner's request")], by: Authorisation(coordinator, .eraseLearnerData, learners: ["L-A"]))
        #expect(try await accounts.session(digest: "d-a") == nil)
        #expect(try await accounts.redeemAccessCode(digest: "c-a", at: Self.now) == nil)
        #expect(try await accounts.session(digest: "d-b") != nil)
        #expect(try await accounts.redeemAccessCode(digest: "c-b", at: Self.now) == "L-B")
    }
}
