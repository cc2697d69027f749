import Foundation
import GRDB
import SkillsCore
import SkillsStore

/// The programme in one SQLite file, through GRDB: the embedded default store.
///
/// Every write goes through `write(_:_:record:details:_:)`, which checks the request's authorisation and appends
/// the audit entry inside the same transaction as the change.
public struct SQLiteStore: Sendable {
    /// The database file's path.
    public let path: String
    let pool: DatabasePool
    let clock: Clock
    /// Sessions recorded at the same moment commit together (see `GroupCommit`).
    let recordings = GroupCommit()

    public var location: String { path }

    /// Opens an existing programme, migrating it to the current schema.
    ///
    /// The file is first inspected read-only: an empty file, another program's database, or a programme written by a
    /// newer version of skills is refused before anything is written to it.
    public static func open(path: String, clock: Clock = .system) throws -> SQLiteStore {
        guard FileManager.default.fileExists(atPath: path) else { throw ServiceError.noProgramme(location: path) }
        try inspect(path)
        return try connect(path: path, clock: clock)
    }

    /// Refuses, without writing, a file that is not a programme this version can open.
    static func inspect(_ path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(60)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                if tables.isEmpty { throw ServiceError.noProgramme(location: path) }
                guard tables.contains("programme"), tables.contains("grdb_migrations"),
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM programme") == 1
                else { throw ServiceError.notAProgramme(location: path) }
                let known = Set(Schema.migrator.migrations)
                if let newer = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations").first(where: { !known.contains($0) })
                {
                    throw ServiceError.newerSchema(location: path, step: newer)
                }
            }
        } catch let error as DatabaseError {
            // SQLITE_NOTADB: the file is not a database at all.
            if error.resultCode == .SQLITE_NOTADB { throw ServiceError.notAProgramme(location: path) }
            throw ServiceError.unreadable(location: path, reason: error.message ?? "\(error)")
        }
    }

    /// Creates a database file (or opens an empty one) and builds the schema.
    public static func create(path: String, clock: Clock = .system) throws -> SQLiteStore {
        try connect(path: path, clock: clock)
    }

    private static func connect(path: String, clock: Clock) throws -> SQLiteStore {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(60)
        configuration.prepareDatabase { db in
            // Secure delete always: space freed by any earlier update must not keep a name that is later erased.
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON")
            try ImportRowsTable.register(db)
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try Schema.migrator.migrate(pool)
            return SQLiteStore(path: path, pool: pool, clock: clock)
        } catch let error as DatabaseError {
            throw ServiceError.unreadable(location: path, reason: error.message ?? "\(error)")
        }
    }

    /// Runs one authorised, audited change in a transaction: the check, the body's writes and their audit entry land
    /// together or not at all.
    func write<T>(
        _ authorisation: Authorisation, _ action: String, record: String, details: [String: String] = [:],
        _ body: (Database, Int64) throws -> T
    ) throws -> T {
        try writeTransaction { db in
            try authorise(db, authorisation)
            let auditID = try AuditTrail.append(
                db, at: clock.now(), actor: authorisation.actorName, action: action, record: record, details: details)
            return try body(db, auditID)
        }
    }

    /// Checks a request's authorisation with the actor and the learners' centres as this transaction reads them.
    func authorise(_ db: Database, _ authorisation: Authorisation) throws {
        let actor = try Row.fetchOne(
            db.cachedStatement(
                sql: "SELECT a.name, a.role, c.ref FROM actors a LEFT JOIN centres c ON c.id = a.centre_id WHERE a.name = ?"),
            arguments: [authorisation.actorName]
        ).map { ProgrammeActor(name: $0[0], role: Role(rawValue: $0[1]) ?? .tutor, centreRef: $0[2]) }
        try authorisation.check(actor: actor, learnerCentres: try Self.centreRefs(db, ofLearners: authorisation.learners))
    }

    /// Runs a write transaction, blocking; async methods use it so their closures need not be `Sendable`.
    func writeTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.write(body)
    }

    /// Runs a read in a consistent snapshot.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.read(body)
    }

    /// The timestamp format used in the database: UTC ISO 8601 with seconds.
    func timestamp() -> String { Timestamp.string(clock.now()) }
}
