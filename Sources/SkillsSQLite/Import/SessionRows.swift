import GRDB
import SkillsCore
import SkillsStore

/// `sessions.csv`: session_ref, date, learner_ref, tutor_ref, minutes, mode, outcomes, notes — one row per learner
/// per session. The hot path of a million-row import: binds a plain row's CSV bytes straight into a prepared statement.
struct SessionRows: RowImporter {
    private let auditID: Int64
    /// The row checks both stores share, the plain form on bytes first.
    private var check: SessionRowCheck
    /// The highest number among the refs shaped like the ones the store hands out (`S000042`), to move its counter.
    private var highestNumberedRef = 0
    private let insert: RawStatement
    private let existing: RawStatement

    init(_ db: Database, auditID: Int64, today: Day, allowOtherCentre: Bool, outcomes: [String: Int64]) throws {
        self.auditID = auditID
        let learnerCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM learners") ?? 0
        var learners = ByteKeyTable<SessionRowCheck.Person>(capacity: learnerCount)
        let cursor = try Row.fetchCursor(db, sql: "SELECT ref, id, centre_id, enrolled_on FROM learners")
        while let row = try cursor.next() {
            learners.insert(
                row[0], SessionRowCheck.Person(id: row[1], centre: row[2], enrolled: (row[3] as String?).flatMap { Day(iso: $0) }))
        }
        var tutors = ByteKeyTable<SessionRowCheck.Person>(capacity: 64)
        for row in try Row.fetchAll(db, sql: "SELECT ref, id, centre_id FROM tutors") {
            tutors.insert(row[0], SessionRowCheck.Person(id: row[1], centre: row[2]))
        }
        check = SessionRowCheck(
            today: today, allowOtherCentre: allowOtherCentre, learners: learners, tutors: tutors,
            centreRefs: Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, ref FROM centres").map { ($0[0], $0[1]) }),
            outcomeCodes: outcomes.keys)
        insert = try RawStatement(
            db,
            """
            INSERT INTO sessions (ref, learner_id, tutor_id, date, minutes, mode, outcomes, notes, audit_id)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (learner_id, ref) DO NOTHING
            """)
        existing = try RawStatement(
            db,
            """
            SELECT s.date, t.ref, s.minutes, s.mode, s.outcomes, coalesce(s.notes, '') FROM sessions s
            JOIN tutors t ON t.id = s.tutor_id WHERE s.ref = ?1 AND s.learner_id = ?2
            """)
    }

    mutating func importRow(_ fields: FieldReader, problems: inout ImportProblems) throws -> RowResult {
        let insert = insert
        let auditID = auditID
        let written = try check.withPlainRow(fields) { row -> Int? in
            try Self.insertPlain(row, insert, auditID: auditID) ? RefSequence.session.number(in: row.ref) ?? 0 : nil
        }
        if let refNumber = written {
            highestNumberedRef = max(highestNumberedRef, refNumber)
            return .inserted
        }
        return try diagnose(fields, problems: &problems)
    }

    /// Writes a plain row (`SessionRowCheck.withPlainRow`) straight from its bytes; false when the learner already has a
    /// session of that ref, so `diagnose` can compare them.
    private static func insertPlain(_ row: SessionRowCheck.PlainRow, _ insert: RawStatement, auditID: Int64) throws -> Bool {
        insert.bind(1, bytes: row.ref)
        insert.bind(2, row.learner.id)
        insert.bind(3, row.tutor.id)
        insert.bind(4, bytes: row.date)
        insert.bind(5, Int64(row.minutes))
        insert.bind(6, bytes: row.mode)
        insert.bind(7, bytes: row.outcomes)
        if row.notes.isEmpty { insert.bindNull(8) } else { insert.bind(8, bytes: row.notes) }
        insert.bind(9, auditID)
        return try insert.execute() == 1
    }

    func finish(_ db: Database) throws {
        try RefSequence.session.taken(highestNumberedRef, db)
    }

    /// Explains why a row is not plain with the shared checks, or finds it already stored, or writes it in the
    /// form the plain path could not take (a capitalised mode, spaces in the outcome list).
    private mutating func diagnose(_ fields: FieldReader, problems: inout ImportProblems) throws -> RowResult {
        guard let row = check.check(fields, problems: &problems) else { return .rejected }
        let incoming = [
            "date": row.date.description, "tutor_ref": row.tutorRef, "minutes": String(row.minutes), "mode": row.mode.rawValue,
            "outcomes": row.outcomes.joined(separator: ";"), "notes": row.notes,
        ]
        if let stored = try storedRow(ref: row.ref, learner: row.learner.id) {
            if stored == incoming { return .present }
            problems.add(
                line: fields.record.line, column: fields.column("session_ref"),
                conflictMessage("session '\(row.ref)' for learner '\(row.learnerRef)'", stored: stored, incoming: incoming))
            return .rejected
        }
        try Self.withBytes([row.ref, incoming["date"]!, row.mode.rawValue, incoming["outcomes"]!, row.notes]) { text in
            insert.bind(1, bytes: text[0])
            insert.bind(2, row.learner.id)
            insert.bind(3, row.tutor.id)
            insert.bind(4, bytes: text[1])
            insert.bind(5, Int64(row.minutes))
            insert.bind(6, bytes: text[2])
            insert.bind(7, bytes: text[3])
            if text[4].isEmpty { insert.bindNull(8) } else { insert.bind(8, bytes: text[4]) }
            insert.bind(9, auditID)
            try insert.execute()
        }
        highestNumberedRef = max(highestNumberedRef, RefSequence.session.number(in: Array(row.ref.utf8)) ?? 0)
        return .inserted
    }

    /// The stored session row for a learner, as text by column, or nil when there is none.
    private func storedRow(ref: String, learner: Int64) throws -> [String: String]? {
        var stored: [String: String]?
        try Self.withBytes([ref]) { text in
            existing.bind(1, bytes: text[0])
            existing.bind(2, learner)
            try existing.query { row in
                stored = Dictionary(
                    uniqueKeysWithValues: zip(["date", "tutor_ref", "minutes", "mode", "outcomes", "notes"], row.map { $0 ?? "" }))
            }
        }
        return stored
    }

    /// Gives `body` the UTF-8 bytes of several strings at once, valid only inside the call.
    private static func withBytes(_ strings: [String], _ body: ([UnsafeBufferPointer<UInt8>]) throws -> Void) throws {
        let arrays = strings.map { Array($0.utf8) }
        var buffers: [UnsafeBufferPointer<UInt8>] = []
        func nest(_ index: Int) throws {
            guard index < arrays.count else { return try body(buffers) }
            try arrays[index].withUnsafeBufferPointer { buffer in
                buffers.append(buffer)
                try nest(index + 1)
            }
        }
        try nest(0)
    }
}
