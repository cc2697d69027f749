import Foundation
import PostgresNIO
import SkillsCore

/// The store's connections: up to `limit` of them, opened as requests need them and lent to one task at a time.
///
/// A task keeps its connection from its first statement to its last, so a transaction (and the advisory locks it
/// holds) never interleaves with another task's statements, while other tasks go on at once on other connections. A
/// one-shot command has a limit of one; a server, a handful. A task that finds every connection lent waits its turn,
/// first come first served, for at most `waitLimit` when there is one.
///
/// PostgresNIO's own `PostgresClient` pools too, but it needs a `run()` task beside every store, a one-shot command's
/// included; it retries a connection the server refuses in the background for up to a minute (in 1.33.2) while the
/// request waits, where a person needs the server's reason at once; and a lease has no time limit.
actor ConnectionPool {
    /// The most connections open at once.
    let limit: Int
    /// How long a task waits for a lent connection before it gives up; nil waits as long as it takes.
    let waitLimit: Duration?
    private let place: PostgresLocation
    private let configuration: PostgresConnection.Configuration
    private var idle: [PostgresConnection] = []
    /// Connections open or being opened, lent or idle.
    private var opened = 0
    private var waiting: [(id: Int, turn: CheckedContinuation<PostgresConnection?, any Error>)] = []
    private var nextWaiterID = 0
    private var nextConnectionID = 1

    /// A pool that has opened nothing yet; a password file or TLS setting that cannot be read is refused here.
    init(_ place: PostgresLocation, limit: Int, waitLimit: Duration?) throws {
        self.place = place
        self.configuration = try place.configuration()
        self.limit = max(1, limit)
        self.waitLimit = waitLimit
    }

    /// Closes the idle connections; the closing holds on to each until the server has let go. No connection is lent
    /// by then: a task holding one holds the store.
    deinit {
        for connection in idle {
            (connection.close() as EventLoopFuture<Void>).whenComplete { _ in _ = connection }
        }
    }

    /// A connection for the calling task alone, until it hands it back with `release(_:)`: an idle one, a new one while
    /// fewer than `limit` are open, else the next one handed back.
    func lease() async throws -> PostgresConnection {
        while true {
            if let connection = idle.popLast() {
                if connection.isClosed {
                    opened -= 1
                    continue
                }
                return connection
            }
            if opened < limit { return try await open() }
            // nil: a connection closed or failed to open, leaving room for another.
            if let handed = try await waitForTurn() { return handed }
        }
    }

    /// Takes a connection back: the longest-waiting task gets it, else it waits idle. A closed one (the server went
    /// away) is dropped, and its place goes to whoever waits.
    func release(_ connection: PostgresConnection) {
        if connection.isClosed {
            opened -= 1
            if !waiting.isEmpty { waiting.removeFirst().turn.resume(returning: nil) }
        } else if !waiting.isEmpty {
            waiting.removeFirst().turn.resume(returning: connection)
        } else {
            idle.append(connection)
        }
    }

    /// Opens one more connection; a server that cannot be reached or refuses the login fails the request with its
    /// reason.
    private func open() async throws -> PostgresConnection {
        opened += 1
        let id = nextConnectionID
        nextConnectionID += 1
        do {
            return try await PostgresConnection.connect(configuration: configuration, id: id, logger: PostgresConnection.quiet)
        } catch {
            opened -= 1
            if !waiting.isEmpty { waiting.removeFirst().turn.resume(returning: nil) }
            throw PostgresErrors.unavailable(error, place: place)
        }
    }

    /// Waits for a connection handed back (or nil: room to open one), or fails after `waitLimit`.
    private func waitForTurn() async throws -> PostgresConnection? {
        let id = nextWaiterID
        nextWaiterID += 1
        let deadline = waitLimit.map { waited in
            Task {
                try await Task.sleep(for: waited)
                self.expire(id, after: waited)
            }
        }
        defer { deadline?.cancel() }
        return try await withCheckedThrowingContinuation { waiting.append((id, $0)) }
    }

    /// Fails a task that has waited `waitLimit`, if it is still waiting.
    private func expire(_ id: Int, after waited: Duration) {
        guard let index = waiting.firstIndex(where: { $0.id == id }) else { return }
        waiting.remove(at: index).turn.resume(
            throwing: ServiceError.unavailable(
                location: place.url,
                reason: "all \(limit) of its connections stayed busy for \(Self.seconds(waited)) s — "
                    + "allow more connections, or look in pg_stat_activity for a transaction that does not end"))
    }

    /// A duration in seconds, as a person writes it: 30, 0.25.
    private static func seconds(_ duration: Duration) -> String {
        String(format: "%g", Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }
}
