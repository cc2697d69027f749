import GRDB
import SkillsCore
import SkillsStore

/// `sessions.csv`: session_ref, date, learner_ref, tutor_ref, minutes, mode, outcomes, notes — one row per learner
/// per session. The hot path of a million-row import: binds CSV bytes straight into prepared statements.
struct SessionRows: RowImporter {
    static let required = ImportKind.sessions.columns.required
    static let optional = ImportKind.sessions.columns.optional

    private let auditID: Int64
    /// The row checks both stores share; its learner and tutor tables and group rule serve the fast path too.
    private var check: SessionRowCheck
    private let outcomes: ByteKeyTable<Int64>
    private var columns: [Int] = []
    /// The highest number among the refs shaped like the ones the store hands out (`S000042`), to move its counter.
    private var highestNumberedRef = 0
    private let insert: RawStatement
    private let existing: RawStatement

    init(_ db: Database, auditID: Int64, today: Day, allowOtherCentre: Bool, outcomes: [String: Int64]) throws {
        self.auditID = auditID
        self.outcomes = ByteKeyTable(outcomes)
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
        if columns.isEmpty { columns = Self.required.map { fields.header.index[$0]! } }
        if let result = try fastRow(fields) { return result }
        return try diagnose(fields, problems: &problems)
    }

    /// Checks and writes a row straight from its bytes; nil when any check fails, so `diagnose` can explain why.
    private mutating func fastRow(_ fields: FieldReader) throws -> RowResult? {
        let record = fields.record
        let columns = self.columns
        return try record.withFieldBuffers { raw -> RowResult? in
            func field(_ index: Int) -> UnsafeBufferPointer<UInt8> { Self.trimmed(raw(columns[index])) }
            let ref = field(0)
            let notes = raw(columns[7])
            guard CurriculumValidator.isReference(ref), let learner = check.learners.value(for: field(2)),
                let tutor = check.tutors.value(for: field(3)),
                learner.centre == tutor.centre || check.allowOtherCentre,
                let date = Day(isoBytes: field(1)), date <= check.today, date >= FieldRules.earliestSessionDay,
                date.ordinal >= learner.enrolled,
                notes.count <= FieldRules.maximumNotesLength,
                let minutes = Self.integer(field(4)), FieldRules.minutesProblem(minutes) == nil,
                let mode = Self.modes.firstIndex(where: { $0.elementsEqual(field(5)) })
            else { return nil }
            let list = field(6)
            guard Self.isCanonicalList(list) else { return nil }
            var start = 0
            for end in 0...list.count where !list.isEmpty && (end == list.count || list[end] == UInt8(ascii: ";")) {
                guard outcomes.value(for: UnsafeBufferPointer(rebasing: list[start..<end])) != nil else { return nil }
                start = end + 1
            }
            let facts = GroupSessionRule.Facts(date: date.ordinal, tutor: tutor.id, minutes: minutes, mode: mode)
            guard check.group.contradictedLine(ref: ref, facts, line: record.line) == nil else { return nil }
            insert.bind(1, bytes: ref)
            insert.bind(2, learner.id)
            insert.bind(3, tutor.id)
            insert.bind(4, bytes: field(1))
            insert.bind(5, Int64(minutes))
            insert.bind(6, bytes: field(5))
            insert.bind(7, bytes: list)
            if notes.isEmpty { insert.bindNull(8) } else { insert.bind(8, bytes: notes) }
            insert.bind(9, auditID)
            guard try insert.execute() == 1 else { return nil }
            highestNumberedRef = max(highestNumberedRef, RefSequence.session.number(in: ref) ?? 0)
            return .inserted
        }
    }

    func finish(_ db: Database) throws {
        try RefSequence.session.taken(highestNumberedRef, db)
    }

    private static let modes = SessionMode.allCases.map { Array($0.rawValue.utf8) }

    /// Bytes without leading and trailing spaces.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        return start == 0 && end == bytes.count ? bytes : UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// Explains why a row failed the fast path with the shared checks, or finds it already stored, or writes it in the
    /// form the fast path could not take (a capitalised mode, spaces in the outcome list).
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

    /// Whether an outcome list is already in stored form: empty, or codes joined by single `;` with no spaces.
    private static func isCanonicalList(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        if first == UInt8(ascii: ";") || last == UInt8(ascii: ";") { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x20 || (byte == UInt8(ascii: ";") && previous == byte) { return false }
            previous = byte
        }
        return true
    }

    /// A decimal integer from bytes (an optional leading minus), or nil.
    private static func integer(_ bytes: some Collection<UInt8>) -> Int? {
        var index = bytes.startIndex
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { index = bytes.index(after: index) }
        guard index != bytes.endIndex, bytes.distance(from: index, to: bytes.endIndex) <= 9 else { return nil }
        var value = 0
        while index != bytes.endIndex {
            let digit = Int(bytes[index]) &- 48
            guard (0...9).contains(digit) else { return nil }
            value = value * 10 + digit
            index = bytes.index(after: index)
        }
        return negative ? -value : value
    }
}
