import Foundation
import GRDB

/// The refs the store hands out when none is given: a prefix and six digits (`L000042`, `S000042`).
///
/// A counter row in `ref_counters` remembers where each kind is, so finding the next free ref probes the indexed
/// `ref` column once in the usual case and never scans the table. Imports that bring refs of the same shape move the
/// counter past them.
struct RefSequence: Sendable {
    let kind: String
    let prefix: UInt8
    let table: String

    static let learner = RefSequence(kind: "learner", prefix: UInt8(ascii: "L"), table: "learners")
    static let session = RefSequence(kind: "session", prefix: UInt8(ascii: "S"), table: "sessions")

    /// The ref with a number.
    func ref(_ number: Int) -> String {
        String(UnicodeScalar(prefix)) + String(format: "%06d", number)
    }

    /// The number in a ref of this shape (the prefix and six or more digits), or nil.
    func number(in ref: some Collection<UInt8>) -> Int? {
        guard ref.count >= 7, ref.count <= 18, ref.first == prefix else { return nil }
        var number = 0
        for byte in ref.dropFirst() {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return number
    }

    /// Takes the next free ref and moves the counter past it; runs inside the caller's write transaction.
    func next(_ db: Database) throws -> String {
        var number = try Int.fetchOne(db.cachedStatement(sql: "SELECT next FROM ref_counters WHERE kind = ?"), arguments: [kind]) ?? 1
        while try Int.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM \(table) WHERE ref = ? LIMIT 1"), arguments: [ref(number)]) != nil {
            number += 1
        }
        try moveCounter(db, pastOrTo: number + 1)
        return ref(number)
    }

    /// Moves the counter past a number that is now taken.
    func taken(_ number: Int, _ db: Database) throws {
        try moveCounter(db, pastOrTo: number + 1)
    }

    /// Starts the counter after the highest number already in use: a scan, run once when the counter is created.
    func start(_ db: Database) throws {
        var highest = 0
        let cursor = try String.fetchCursor(
            db, sql: "SELECT ref FROM \(table) WHERE substr(ref, 1, 1) = ?", arguments: [String(UnicodeScalar(prefix))])
        while let text = try cursor.next() { highest = max(highest, number(in: Array(text.utf8)) ?? 0) }
        try moveCounter(db, pastOrTo: highest + 1)
    }

    private func moveCounter(_ db: Database, pastOrTo next: Int) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO ref_counters (kind, next) VALUES (?, ?)
                ON CONFLICT (kind) DO UPDATE SET next = max(next, excluded.next)
                """
        ).execute(arguments: [kind, next])
    }
}
