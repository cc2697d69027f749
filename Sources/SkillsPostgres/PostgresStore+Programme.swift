import Foundation
import PostgresNIO
import SkillsCore
import SkillsStore

extension PostgresStore: ProgrammeSettingsStore {
    /// Records the programme and registers its founder as its first administrator, in one transaction.
    public func initialise(name: String, verifyURL: String?, by founder: String) async throws {
        var salt = [UInt8](repeating: 0, count: 32)
        var generator = SystemRandomNumberGenerator()
        for index in salt.indices { salt[index] = UInt8.random(in: .min ... .max, using: &generator) }
        try await writeTransaction { connection in
            if try await connection.value("SELECT count(*) FROM programme", as: Int.self) ?? 0 > 0 {
                throw ServiceError.conflict(.programmeExists(location: location))
            }
            _ = try await PostgresAuditTrail.append(
                connection, at: clock.now(), actor: founder, action: "programme.create", record: "programme", details: ["name": name])
            try await connection.execute(
                "INSERT INTO programme (id, name, created_at, verify_url, identity_salt) VALUES (1, \(name), \(timestamp()), \(verifyURL), \(Data(salt)))"
            )
            _ = try await PostgresAuditTrail.append(
                connection, at: clock.now(), actor: founder, action: "actor.add", record: "actor:\(founder)",
                details: ["role": Role.administrator.rawValue, "centre": ""])
            try await connection.execute(
                "INSERT INTO actors (name, role, centre_id, added_at) VALUES (\(founder), 'administrator', NULL, \(timestamp()))")
        }
    }

    public func setVerifyURL(_ url: String, by authorisation: Authorisation) async throws {
        try await write(authorisation, "programme.verify-url", record: "programme", details: ["verify_url": url]) { connection, _ in
            try await connection.execute("UPDATE programme SET verify_url = \(url)")
        }
    }

    public func programme() async throws -> ProgrammeInfo {
        try await read { connection in
            guard let row = try await connection.rows("SELECT name, created_at, verify_url FROM programme").first else {
                throw ServiceError.noProgramme(location: location)
            }
            return ProgrammeInfo(
                name: try row.value("name"), createdAt: try row.value("created_at"), verifyURL: try row.value("verify_url"))
        }
    }

    public func identitySalt() async throws -> String {
        Hex.string(try await read { try await $0.value("SELECT identity_salt FROM programme", as: Data.self) } ?? Data())
    }
}
