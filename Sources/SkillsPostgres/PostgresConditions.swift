import PostgresNIO

/// A WHERE clause built from only the filters given, as `SQLConditions` builds SQLite's. `$1::text IS NULL OR col = $1`
/// finds its index only while PostgreSQL plans each statement with its values; under a generic plan, which a named
/// prepared statement gets after a few runs, it reads every row whatever was asked.
struct PostgresConditions {
    private var terms: [String] = []
    private(set) var bindings = PostgresBindings()

    /// Adds `sql`, whose `?` stands for the value, when `value` is given.
    mutating func add<Value: PostgresThrowingDynamicTypeEncodable>(_ sql: String, _ value: Value?) throws {
        guard let value else { return }
        terms.append(sql.replacingOccurrences(of: "?", with: try placeholder(for: value)))
    }

    /// Binds a value the query needs whatever the filters, such as a limit; returns its placeholder (`$3`).
    mutating func placeholder(for value: some PostgresThrowingDynamicTypeEncodable) throws -> String {
        try bindings.append(value)
        return "$\(bindings.count)"
    }

    /// `WHERE a AND b`, or nothing when no filter was given.
    var whereClause: String { terms.isEmpty ? "" : "WHERE " + terms.joined(separator: " AND ") }

    /// `AND a AND b` after a condition of the query's own, or nothing.
    var andClause: String { terms.isEmpty ? "" : "AND " + terms.joined(separator: " AND ") }

    /// The query, written with this clause, and these values bound.
    func query(_ sql: String) -> PostgresQuery { PostgresQuery(unsafeSQL: sql, binds: bindings) }
}
