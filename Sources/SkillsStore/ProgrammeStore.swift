import Foundation
import GRDB
import SkillsCore

/// The programme's SQLite database: every read and every audited write goes through here.
public struct ProgrammeStore: Sendable {
    /// The database file's path.
    public let path: String
    let pool: DatabasePool
    let clock: Clock

    /// Opens an existing programme, migrating it to the current schema.
    public static func open(path: String, clock: Clock = .system) throws -> ProgrammeStore {
        guard FileManager.default.fileExists(atPath: path) else { throw UserError.noProgramme(at: path) }
        let store = try connect(path: path, clock: clock)
        guard try store.pool.read({ try $0.tableExists("programme") && Int.fetchOne($0, sql: "SELECT count(*) FROM programme") == 1 })
        else {
            throw UserError.noProgramme(at: path)
        }
        return store
    }

    /// Creates a database file (or opens an empty one) and builds the schema.
    public static func create(path: String, clock: Clock = .system) throws -> ProgrammeStore {
        try connect(path: path, clock: clock)
    }

    private static func connect(path: String, clock: Clock) throws -> ProgrammeStore {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(60)
        configuration.prepareDatabase { db in
            // Secure delete always: space freed by any earlier update must not keep a name that is later erased.
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try Schema.migrator.migrate(pool)
            return ProgrammeStore(path: path, pool: pool, clock: clock)
        } catch let error as DatabaseError {
            throw UserError.unreadable(path, error)
        }
    }

    /// Runs one audited change in a transaction: the body's writes and their audit entry land together or not at all.
    public func write<T>(
        by actor: String, _ action: String, record: String, details: [String: String] = [:],
        _ body: (Database, Int64) throws -> T
    ) throws -> T {
        try pool.write { db in
            let auditID = try AuditTrail.append(
                db, at: clock.now(), actor: actor, action: action, record: record, details: details)
            return try body(db, auditID)
        }
    }

    /// Runs a read in a consistent snapshot.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.read(body)
    }

    /// The timestamp format used in the database: UTC ISO 8601 with seconds.
    func timestamp() -> String { Timestamp.string(clock.now()) }
}

/// UTC ISO 8601 timestamps, the one text form of an instant in the database.
enum Timestamp {
    static func string(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false).timeZone(separator: .omitted))
    }
}
