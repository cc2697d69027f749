import Foundation
import PostgresNIO

/// The refs the store hands out when none is given: a prefix and six digits (`L000042`, `S000042`), as in SQLite.
///
/// A counter row per kind remembers where each is. Taking the next ref locks that row until the transaction ends, so
/// two servers can never take the same number; a ref already taken by hand is skipped by probing the indexed `ref`.
struct PostgresRefSequence: Sendable {
    let kind: String
    let prefix: String
    let table: String

    static let learner = PostgresRefSequence(kind: "learner", prefix: "L", table: "learners")
    static let session = PostgresRefSequence(kind: "session", prefix: "S", table: "sessions")

    func ref(_ number: Int) -> String { prefix + String(format: "%06d", number) }

    /// The number in a ref of this shape (the prefix and six to seventeen digits), or nil.
    func number(in ref: String) -> Int? { number(in: ref.utf8) }

    /// `number(in:)` on a ref's UTF-8 bytes, for the import's plain rows.
    func number(in ref: some Collection<UInt8>) -> Int? {
        guard ref.first == prefix.utf8.first, (7...18).contains(ref.count) else { return nil }
        var number = 0
        for byte in ref.dropFirst() {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return number
    }

    /// Takes the next free ref and moves the counter past it; runs inside the caller's write transaction.
    func next(_ connection: PostgresConnection) async throws -> String {
        var number =
            try await connection.value("SELECT next FROM ref_counters WHERE kind = \(kind) FOR UPDATE", as: Int.self) ?? 1
        while try await connection.value(
            PostgresQuery(unsafeSQL: "SELECT 1 FROM \(table) WHERE ref = $1 LIMIT 1", binds: binds(ref(number))), as: Int.self) != nil
        {
            number += 1
        }
        try await taken(number, connection)
        return ref(number)
    }

    /// Moves the counter past a number that is now taken.
    func taken(_ number: Int, _ connection: PostgresConnection) async throws {
        try await connection.execute(
            """
            INSERT INTO ref_counters (kind, next) VALUES (\(kind), \(number + 1))
            ON CONFLICT (kind) DO UPDATE SET next = greatest(ref_counters.next, excluded.next)
            """)
    }

    private func binds(_ value: String) -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(value)
        return bindings
    }
}
