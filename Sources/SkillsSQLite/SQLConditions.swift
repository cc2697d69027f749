import GRDB

/// A WHERE clause built from only the filters given, so each can use its index; `:x IS NULL OR col = :x` would make
/// SQLite scan the whole table whatever was asked.
struct SQLConditions {
    private var terms: [String] = []
    private(set) var arguments = StatementArguments()

    /// Adds `sql` (with one `?`) when `value` is given.
    mutating func add(_ sql: String, _ value: (any DatabaseValueConvertible)?) {
        guard let value else { return }
        terms.append(sql)
        arguments += [value]
    }

    /// `WHERE a AND b`, or nothing when no filter was given.
    var whereClause: String { terms.isEmpty ? "" : "WHERE " + terms.joined(separator: " AND ") }
}
