import Foundation
import GRDB
import SkillsCore

/// The programme's own settings.
public struct ProgrammeInfo: Sendable, Codable {
    public var name: String
    public var createdAt: String
    public var verifyURL: String?
}

extension ProgrammeStore {
    /// Records the programme itself; fails if this database already holds one.
    public func initialise(name: String, verifyURL: String?, by actor: String) throws {
        if try read({ try Int.fetchOne($0, sql: "SELECT count(*) FROM programme") ?? 0 }) > 0 {
            throw UserError(.data, "'\(path)' already holds a programme — use it as it is, or choose another file with --db PATH")
        }
        var salt = [UInt8](repeating: 0, count: 32)
        var generator = SystemRandomNumberGenerator()
        for index in salt.indices { salt[index] = UInt8.random(in: .min ... .max, using: &generator) }
        try write(by: actor, "programme.create", record: "programme", details: ["name": name]) { db, _ in
            try db.execute(
                sql: "INSERT INTO programme (id, name, created_at, verify_url, identity_salt) VALUES (1, ?, ?, ?, ?)",
                arguments: [name, timestamp(), verifyURL, Data(salt)])
        }
    }

    /// The programme's name and settings.
    public func programme() throws -> ProgrammeInfo {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT name, created_at, verify_url FROM programme") else {
                throw UserError.noProgramme(at: path)
            }
            return ProgrammeInfo(name: row["name"], createdAt: row["created_at"], verifyURL: row["verify_url"])
        }
    }
}

extension ProgrammeStore {
    /// The programme's secret salt for hashed learner identifiers, as hex.
    public func identitySalt() throws -> String {
        try read { db in
            let salt = try Data.fetchOne(db, sql: "SELECT identity_salt FROM programme") ?? Data()
            return salt.map { String(format: "%02x", $0) }.joined()
        }
    }
}
