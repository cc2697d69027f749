import Foundation
import GRDB
import SkillsCore
import SkillsStore

extension SQLiteStore: ProgrammeSettingsStore {
    /// Records the programme and registers its founder as its first administrator, in one transaction: the one
    /// change nobody else authorises.
    public func initialise(name: String, verifyURL: String?, by founder: String) async throws {
        if try read({ try Int.fetchOne($0, sql: "SELECT count(*) FROM programme") ?? 0 }) > 0 {
            throw ServiceError.conflict(.programmeExists(location: path))
        }
        var salt = [UInt8](repeating: 0, count: 32)
        var generator = SystemRandomNumberGenerator()
        for index in salt.indices { salt[index] = UInt8.random(in: .min ... .max, using: &generator) }
        try writeTransaction { db in
            _ = try AuditTrail.append(
                db, at: clock.now(), actor: founder, action: "programme.create", record: "programme", details: ["name": name])
            try db.execute(
                sql: "INSERT INTO programme (id, name, created_at, verify_url, identity_salt) VALUES (1, ?, ?, ?, ?)",
                arguments: [name, timestamp(), verifyURL, Data(salt)])
            _ = try AuditTrail.append(
                db, at: clock.now(), actor: founder, action: "actor.add", record: "actor:\(founder)",
                details: ["role": Role.administrator.rawValue, "centre": ""])
            try db.execute(
                sql: "INSERT INTO actors (name, role, centre_id, added_at) VALUES (?, 'administrator', NULL, ?)",
                arguments: [founder, timestamp()])
        }
    }

    public func setVerifyURL(_ url: String, by authorisation: Authorisation) async throws {
        try write(authorisation, "programme.verify-url", record: "programme", details: ["verify_url": url]) { db, _ in
            try db.execute(sql: "UPDATE programme SET verify_url = ?", arguments: [url])
        }
    }

    public func programme() async throws -> ProgrammeInfo {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT name, created_at, verify_url FROM programme") else {
                throw ServiceError.noProgramme(location: path)
            }
            return ProgrammeInfo(name: row["name"], createdAt: row["created_at"], verifyURL: row["verify_url"])
        }
    }

    public func identitySalt() async throws -> String {
        try read { db in
            let salt = try Data.fetchOne(db, sql: "SELECT identity_salt FROM programme") ?? Data()
            return Hex.string(salt)
        }
    }
}
