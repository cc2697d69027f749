import Logging
import PostgresNIO

/// The store's few ways of running a statement: for its effect, for all rows, for one value.
extension PostgresConnection {
    /// The store logs nothing of its own: errors reach the person as `ServiceError`s.
    static let quiet = Logger(label: "skills.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Runs a statement for its effect (a statement that must say what it changed returns rows with `RETURNING`).
    func execute(_ query: PostgresQuery) async throws {
        for try await _ in try await self.query(query, logger: Self.quiet) {}
    }

    /// Every row of a query, for reading by column name.
    func rows(_ query: PostgresQuery) async throws -> [PostgresRandomAccessRow] {
        try await self.query(query, logger: Self.quiet).collect().map { $0.makeRandomAccess() }
    }

    /// The first column of the first row, or nil when there is no row.
    func value<T: PostgresDecodable>(_ query: PostgresQuery, as type: T.Type = T.self) async throws -> T? {
        for try await row in try await self.query(query, logger: Self.quiet) {
            let cell = row.makeRandomAccess()[0]
            return cell.bytes == nil ? nil : try cell.decode(T.self)
        }
        return nil
    }

    /// The first column of every row.
    func values<T: PostgresDecodable>(_ query: PostgresQuery, as type: T.Type = T.self) async throws -> [T] {
        var values: [T] = []
        for try await row in try await self.query(query, logger: Self.quiet) {
            values.append(try row.makeRandomAccess()[0].decode(T.self))
        }
        return values
    }
}

extension PostgresRandomAccessRow {
    /// A column's value by name.
    func value<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        try self[column].decode(T.self)
    }
}
