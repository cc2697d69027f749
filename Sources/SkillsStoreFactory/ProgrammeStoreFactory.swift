import SkillsCore
import SkillsPostgres
import SkillsSQLite
import SkillsStore

/// Where a programme lives, read from a `--db` value or `SKILLS_DB`: a `postgres://` URL means PostgreSQL, anything
/// else a path to an SQLite file. Every door (the CLI, the server) chooses its store here and nowhere else.
public enum ProgrammeLocation: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(PostgresLocation)

    /// Reads a `--db` value; a PostgreSQL URL with a password or a bad `sslmode` is refused here, before any
    /// connection.
    public init(_ text: String) throws {
        self = PostgresLocation.isURL(text) ? .postgres(try PostgresLocation(url: text)) : .sqlite(path: text)
    }

    /// The location for messages: a path, or a URL that never holds a password.
    public var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let place): place.url
        }
    }

    /// Opens the existing programme, migrating it to the current schema.
    public func open(clock: Clock) async throws -> any ProgrammeStore {
        switch self {
        case .sqlite(let path): try SQLiteStore.open(path: path, clock: clock)
        case .postgres(let place): try await PostgresStore.open(place, clock: clock)
        }
    }

    /// Opens the existing programme for the web door, which also needs its accounts: both stores keep them.
    /// `connections` is how many PostgreSQL connections the store may open, to answer that many requests at once (a
    /// request that finds them all busy for `PostgresStore.requestConnectionWait` fails); an SQLite file has one writer
    /// whatever it is.
    public func openWithAccounts(clock: Clock, connections: Int = PostgresStore.singleConnection) async throws
        -> any ProgrammeStore & AccountStore
    {
        switch self {
        case .sqlite(let path): try SQLiteStore.open(path: path, clock: clock)
        case .postgres(let place):
            try await PostgresStore.open(
                place, clock: clock, connections: connections, connectionWait: PostgresStore.requestConnectionWait)
        }
    }

    /// Builds an empty programme's schema: a new SQLite file, or an empty PostgreSQL database.
    public func create(clock: Clock) async throws -> any ProgrammeStore {
        switch self {
        case .sqlite(let path): try SQLiteStore.create(path: path, clock: clock)
        case .postgres(let place): try await PostgresStore.create(place, clock: clock)
        }
    }
}
