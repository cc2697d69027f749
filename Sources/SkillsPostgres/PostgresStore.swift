import Foundation
import PostgresNIO
import SkillsCore
import SkillsStore

/// The programme in a PostgreSQL database, shared by any number of processes on any number of machines.
///
/// Every write goes through `write(_:_:record:details:_:)`, which takes the programme's write lock, checks the
/// request's authorisation and appends the audit entry inside the same transaction as the change. The lock (a
/// transaction-scoped advisory lock) serialises the audit chain's head across every server, so the chain never forks.
public final class PostgresStore: Sendable {
    /// The advisory lock every writing transaction holds: one number, the same in every process.
    static let writeLock: Int64 = 0x736B_696C_6C73  // "skills"

    /// How many connections a one-shot command opens: one, so it starts and ends quickly.
    public static let singleConnection = 1
    /// How long a web request waits for a connection when every one is busy, before it fails saying so. A one-shot
    /// command's few calls are its own, so they wait as long as it takes (`nil`).
    public static let requestConnectionWait = Duration.seconds(30)

    /// Where the programme lives, without a password.
    public let location: String
    let pool: ConnectionPool
    /// This process's writers queue here before they ask for the programme's write lock: the advisory lock keeps writers on
    /// every server in turn, and waiting here instead costs no connection and no wake-up of a server process at each
    /// hand-over (`Benchmarks/serve.sh` recorded a third as many sessions a second with eight connections waiting on the
    /// lock as with one), leaving the connections to the reads.
    let writers = Turns()
    let clock: Clock

    private init(location: String, pool: ConnectionPool, clock: Clock) {
        self.location = location
        self.pool = pool
        self.clock = clock
    }

    /// Opens an existing programme, migrating it to the current schema. An empty database, another program's tables,
    /// or a programme written by a newer version of skills is refused before anything is written.
    ///
    /// `connections` is the most the store opens at once: a server answers that many requests together, each request
    /// on its own connection for the whole of its transaction. The first is opened here, so a server that cannot be
    /// reached is reported at once.
    public static func open(
        _ place: PostgresLocation, clock: Clock = .system, connections: Int = singleConnection, connectionWait: Duration? = nil
    ) async throws -> PostgresStore {
        let store = try await connect(place, clock: clock, connections: connections, connectionWait: connectionWait)
        // Only a programme missing a step takes the write lock to migrate; everyday commands just read.
        if try await store.inspect() { try await store.migrate() }
        return store
    }

    /// Builds the schema in an empty database (or finishes one a failed `create` left with no programme yet); refuses
    /// a database that holds anything else.
    public static func create(
        _ place: PostgresLocation, clock: Clock = .system, connections: Int = singleConnection, connectionWait: Duration? = nil
    ) async throws -> PostgresStore {
        let store = try await connect(place, clock: clock, connections: connections, connectionWait: connectionWait)
        let tables = try await store.tableNames()
        if !tables.isEmpty {
            guard tables.contains("skills_migrations"), tables.contains("programme") else {
                throw ServiceError.notAProgramme(location: store.location)
            }
            if try await store.exclusive({ try await $0.value("SELECT count(*) FROM programme", as: Int.self) ?? 0 }) > 0 {
                throw ServiceError.conflict(.programmeExists(location: store.location))
            }
        }
        try await store.migrate()
        return store
    }

    private static func connect(_ place: PostgresLocation, clock: Clock, connections: Int, connectionWait: Duration?) async throws
        -> PostgresStore
    {
        let pool: ConnectionPool
        do {
            pool = try ConnectionPool(place, limit: connections, waitLimit: connectionWait)
        } catch {
            throw ServiceError.unreadable(location: place.url, reason: PostgresErrors.words(error))
        }
        await pool.release(try await pool.lease())
        return PostgresStore(location: place.url, pool: pool, clock: clock)
    }

    /// The tables in the database's `public` schema.
    private func tableNames() async throws -> Set<String> {
        Set(
            try await exclusive {
                try await $0.values("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", as: String.self)
            })
    }

    /// Refuses, without writing, a database that is not a programme this version can open; says whether it lacks a
    /// migration this version has.
    private func inspect() async throws -> Bool {
        let tables = try await tableNames()
        if tables.isEmpty { throw ServiceError.noProgramme(location: location) }
        guard tables.contains("programme"), tables.contains("skills_migrations") else {
            throw ServiceError.notAProgramme(location: location)
        }
        let (programmes, applied) = try await exclusive { connection in
            (
                try await connection.value("SELECT count(*) FROM programme", as: Int.self) ?? 0,
                try await connection.values("SELECT identifier FROM skills_migrations ORDER BY identifier", as: String.self)
            )
        }
        guard programmes == 1 else { throw ServiceError.noProgramme(location: location) }
        let known = Set(PostgresSchema.migrations.map(\.name))
        if let newer = applied.first(where: { !known.contains($0) }) {
            throw ServiceError.newerSchema(location: location, step: newer)
        }
        return applied.count < known.count
    }

    private func migrate() async throws {
        try await exclusive { try await PostgresSchema.migrate($0) }
    }

    /// Runs work on a connection of its own, with no other task's statements in between.
    func exclusive<T>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        let connection = try await pool.lease()
        do {
            let result = try await body(connection)
            await pool.release(connection)
            return result
        } catch {
            await pool.release(connection)
            throw PostgresErrors.translate(error, location: location)
        }
    }

    /// Runs a transaction: committed when the body returns, rolled back when it throws.
    func transaction<T>(_ begin: PostgresQuery = "BEGIN", _ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await exclusive { connection in
            try await connection.execute(begin)
            do {
                let result = try await body(connection)
                try await connection.execute("COMMIT")
                return result
            } catch {
                // A connection that cannot even roll back is in no state to lend again: closed, the pool drops it.
                do { try await connection.execute("ROLLBACK") } catch { try? await connection.close() }
                throw error
            }
        }
    }

    /// Runs a read in one consistent snapshot.
    func read<T>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    /// Runs a writing transaction holding the programme's write lock: every statement after the lock sees every
    /// change committed before it, and no other writer's until this one ends.
    ///
    /// This process's writers queue before they take a connection, so only one of them at a time asks for the lock.
    func writeTransaction<T>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await writers.inTurn {
            try await transaction { connection in
                try await connection.execute("SELECT pg_advisory_xact_lock(\(Self.writeLock))")
                return try await body(connection)
            }
        }
    }

    /// Runs one authorised, audited change in a transaction: the check, the body's writes and their audit entry land
    /// together or not at all.
    func write<T>(
        _ authorisation: Authorisation, _ action: String, record: String, details: [String: String] = [:],
        _ body: (PostgresConnection, Int64) async throws -> T
    ) async throws -> T {
        try await writeTransaction { connection in
            try await authorise(connection, authorisation)
            let auditID = try await PostgresAuditTrail.append(
                connection, at: clock.now(), actor: authorisation.actorName, action: action, record: record, details: details)
            return try await body(connection, auditID)
        }
    }

    /// Checks a request's authorisation with the actor and the learners' centres as this transaction reads them.
    func authorise(_ connection: PostgresConnection, _ authorisation: Authorisation) async throws {
        let actor = try await connection.rows(
            "SELECT a.name, a.role, c.ref FROM actors a LEFT JOIN centres c ON c.id = a.centre_id WHERE a.name = \(authorisation.actorName)"
        ).first.map {
            ProgrammeActor(
                name: try $0[0].decode(String.self), role: Role(rawValue: try $0[1].decode(String.self)) ?? .tutor,
                centreRef: try $0[2].decode(String?.self))
        }
        try authorisation.check(actor: actor, learnerCentres: try await Self.centreRefs(connection, ofLearners: authorisation.learners))
    }

    /// The centre refs of learners, in the order given, skipping unknown learners.
    static func centreRefs(_ connection: PostgresConnection, ofLearners refs: [String]) async throws -> [String] {
        guard !refs.isEmpty else { return [] }
        let found = try await connection.rows(
            "SELECT l.ref, c.ref FROM learners l JOIN centres c ON c.id = l.centre_id WHERE l.ref = ANY(\(refs))")
        var centres: [String: String] = [:]
        for row in found { centres[try row[0].decode(String.self)] = try row[1].decode(String.self) }
        return refs.compactMap { centres[$0] }
    }

    /// The timestamp format used in the database: UTC ISO 8601 with seconds.
    func timestamp() -> String { Timestamp.string(clock.now()) }
}
