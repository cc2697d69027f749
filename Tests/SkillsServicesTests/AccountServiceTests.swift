import Foundation
import SkillsCore
import SkillsSQLite
import SkillsStore
import SkillsTestSupport
import Testing

@testable import SkillsServices

/// Sign-in answers the same way, at the same cost, whoever is asking; erasure ends a learner's web access.
@Suite struct AccountServiceTests {
    /// Every password check the service asks for, by the hash it checked against. Hashes are `test:PASSWORD`, so the
    /// checks are instant and the count, not the clock, says which path ran.
    final class CountingPasswords: @unchecked Sendable {
        private let lock = NSLock()
        private var checked: [String] = []

        var hashesChecked: [String] { lock.withLock { checked } }

        var hashing: PasswordHashing {
            PasswordHashing(
                hash: { "test:" + $0 },
                verify: { password, hash in
                    self.lock.withLock { self.checked.append(hash) }
                    return hash == "test:" + password
                })
        }
    }

    static func programme() async throws -> (ServiceProgramme, SQLiteStore) {
        let programme = try await ServiceProgramme.make()
        return (programme, try #require(programme.context.store as? SQLiteStore))
    }

    @Test func anUnknownNameCostsOnePasswordCheckLikeAKnownNameWithAWrongPassword() async throws {
        let (programme, store) = try await Self.programme()
        let passwords = CountingPasswords()
        let accounts = AccountService(programme.context, accounts: store, passwords: passwords.hashing)
        let founder = ServiceProgramme.founder
        try await ActorService(programme.context).add(ProgrammeActor(name: "T-ALED", role: .tutor, centreRef: "CARD-01"), by: founder)
        try await ActorService(programme.context).add(ProgrammeActor(name: "T-NOPASS", role: .tutor, centreRef: "CARD-01"), by: founder)
        try await accounts.setPassword("correct horse battery", for: "T-ALED", by: founder)

        await #expect(throws: SignInRefusal.wrongNameOrPassword) { try await accounts.signIn(name: "T-ALED", password: "wrong password") }
        #expect(passwords.hashesChecked == ["test:correct horse battery"])

        await #expect(throws: SignInRefusal.wrongNameOrPassword) { try await accounts.signIn(name: "nobody", password: "wrong password") }
        #expect(passwords.hashesChecked.dropFirst(1) == [AccountService.unknownNameHash], "an unknown name skipped the password check")

        await #expect(throws: SignInRefusal.wrongNameOrPassword) { try await accounts.signIn(name: "T-NOPASS", password: "anything") }
        #expect(passwords.hashesChecked.dropFirst(2) == [AccountService.unknownNameHash], "a name with no password skipped the check")

        // The dummy hash's own password opens nothing.
        await #expect(throws: SignInRefusal.wrongNameOrPassword) {
            try await accounts.signIn(name: "nobody", password: "no account has this password")
        }
        #expect(try await accounts.signIn(name: "T-ALED", password: "correct horse battery").session.holder == .actor("T-ALED"))
        #expect(passwords.hashesChecked.count == 5)
    }

    @Test func theUnknownNameHashIsARealBcryptHashOfTheSameCost() {
        // A malformed hash could be refused without running bcrypt, and the unknown name would answer fast again.
        #expect(AccountService.unknownNameHash.hasPrefix("$2b$\(AccountService.bcryptCost)$"))
        #expect(PasswordHashing.bcrypt.verify("no account has this password", AccountService.unknownNameHash))
        #expect(!PasswordHashing.bcrypt.verify("another password", AccountService.unknownNameHash))
    }

    /// The rows that give a learner web access (access codes, then sessions), counted straight from the database file.
    static func accessRows(_ store: SQLiteStore, _ ref: String) throws -> [Int] {
        let codes = try Command.run(
            "/usr/bin/sqlite3", [store.location, "SELECT count(*) FROM access_codes WHERE learner_ref = '\(ref)'"]
        ).stdout
        let sessions = try Command.run(
            "/usr/bin/sqlite3", [store.location, "SELECT count(*) FROM web_sessions WHERE holder_kind = 'learner' AND holder = '\(ref)'"]
        ).stdout
        return [codes, sessions].map { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1 }
    }

    /// Gives L-GWEN a live session (a code used) and a second code not yet used.
    static func giveWebAccess(_ accounts: AccountService) async throws -> (session: SignedIn, unused: String) {
        let founder = ServiceProgramme.founder
        let session = try await accounts.redeem(accessCode: try await accounts.makeAccessCode(for: "L-GWEN", by: founder))
        let unused = try await accounts.makeAccessCode(for: "L-GWEN", by: founder)
        #expect(try await accounts.session(token: session.token) != nil)
        return (session, unused)
    }

    @Test func erasingALearnerEndsTheirWebAccessInTheSameStep() async throws {
        let (programme, store) = try await Self.programme()
        let accounts = AccountService(programme.context, accounts: store)
        let (session, unused) = try await Self.giveWebAccess(accounts)
        #expect(try Self.accessRows(store, "L-GWEN") == [1, 1], "codes, sessions")

        _ = try await DataRightsService(programme.context).erase("L-GWEN", reason: "asked in person", by: ServiceProgramme.founder)

        #expect(try Self.accessRows(store, "L-GWEN") == [0, 0], "codes, sessions")
        #expect(try await accounts.session(token: session.token) == nil, "the learner's session outlived their erasure")
        await #expect(throws: SignInRefusal.wrongNameOrPassword) { try await accounts.redeem(accessCode: unused) }
    }

    @Test func theRetentionPolicyEndsWebAccessToo() async throws {
        let (programme, store) = try await Self.programme()
        let accounts = AccountService(programme.context, accounts: store)
        let (session, unused) = try await Self.giveWebAccess(accounts)

        let run = try await DataRightsService(programme.context).applyRetention(
            before: Day(iso: "2026-11-01")!, dryRun: false, by: ServiceProgramme.founder)

        #expect(run.inactive.map(\.ref) == ["L-GWEN"])
        #expect(try Self.accessRows(store, "L-GWEN") == [0, 0], "codes, sessions")
        #expect(try await accounts.session(token: session.token) == nil)
        await #expect(throws: SignInRefusal.wrongNameOrPassword) { try await accounts.redeem(accessCode: unused) }
    }
}
