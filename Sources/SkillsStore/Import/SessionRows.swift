import GRDB
import SkillsCore

/// `sessions.csv`: session_ref, date, learner_ref, tutor_ref, minutes, mode, outcomes, notes — one row per learner
/// per session. The hot path of a million-row import: binds CSV bytes straight into prepared statements.
struct SessionRows: RowImporter {
    static let required = ["session_ref", "date", "learner_ref", "tutor_ref", "minutes", "mode", "outcomes", "notes"]
    static let optional: [String] = []

    private struct Person {
        var id: Int64
        var centre: Int64
    }

    /// The shared facts of the group session the previous row belonged to.
    private struct GroupFacts: Equatable {
        var ref: String
        var date: Day
        var tutor: String
        var minutes: Int
        var mode: String
    }

    private let today: Day
    private let auditID: Int64
    private let allowOtherCentre: Bool
    private let learners: [String: Person]
    private let tutors: [String: Person]
    private let outcomes: [String: Int64]
    private let insert: RawStatement
    private let achieve: RawStatement
    private let existing: RawStatement
    private var group: (facts: GroupFacts, line: Int)?

    init(_ db: Database, auditID: Int64, today: Day, allowOtherCentre: Bool, outcomes: [String: Int64]) throws {
        self.today = today
        self.auditID = auditID
        self.allowOtherCentre = allowOtherCentre
        self.outcomes = outcomes
        var learners: [String: Person] = [:]
        let cursor = try Row.fetchCursor(db, sql: "SELECT ref, id, centre_id FROM learners")
        while let row = try cursor.next() { learners[row[0]] = Person(id: row[1], centre: row[2]) }
        self.learners = learners
        tutors = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT ref, id, centre_id FROM tutors").map {
            ($0[0], Person(id: $0[1], centre: $0[2]))
        })
        insert = try RawStatement(db, """
            INSERT INTO sessions (ref, learner_id, tutor_id, date, minutes, mode, outcomes, notes, audit_id)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (ref, learner_id) DO NOTHING
            """)
        achieve = try RawStatement(db, "INSERT OR IGNORE INTO achievements (learner_id, outcome_id, session_id) VALUES (?1, ?2, ?3)")
        existing = try RawStatement(db, """
            SELECT s.date, t.ref, s.minutes, s.mode, s.outcomes, coalesce(s.notes, '') FROM sessions s
            JOIN tutors t ON t.id = s.tutor_id WHERE s.ref = ?1 AND s.learner_id = ?2
            """)
    }

    mutating func importRow(_ fields: FieldReader, problems: inout ImportProblems) throws -> RowResult {
        let line = fields.record.line
        var ok = true
        let ref = fields.reference("session_ref", &problems)
        let learnerRef = fields.text("learner_ref")
        let learner = learners[learnerRef]
        if learner == nil {
            problems.add(line: line, column: fields.column("learner_ref"), UserError.unknown("learner", learnerRef, known: learners.keys, listCommand: "skills learner list").message)
        }
        let tutorRef = fields.text("tutor_ref")
        let tutor = tutors[tutorRef]
        if tutor == nil {
            problems.add(line: line, column: fields.column("tutor_ref"), UserError.unknown("tutor", tutorRef, known: tutors.keys, listCommand: "skills tutor list").message)
        }
        let date = fields.day("date", required: true, notAfter: today, &problems, ok: &ok)
        let minutes = Self.integer(fields.bytes("minutes"))
        if let problem = minutes.map(FieldRules.minutesProblem) ?? "minutes '\(fields.text("minutes"))' must be a whole number" {
            problems.add(line: line, column: fields.column("minutes"), problem)
            ok = false
        }
        let modeBytes = fields.bytes("mode")
        let mode = SessionMode.allCases.first { $0.rawValue.utf8.elementsEqual(modeBytes) }
        if mode == nil {
            problems.add(line: line, column: fields.column("mode"), "mode '\(fields.text("mode"))' must be one of: in-person, phone, video")
            ok = false
        }
        var outcomeIDs: [Int64] = []
        for code in fields.bytes("outcomes").split(separator: UInt8(ascii: ";")) {
            let text = String(decoding: code, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            if let id = outcomes[text] {
                outcomeIDs.append(id)
            } else {
                problems.add(line: line, column: fields.column("outcomes"), UserError.unknown("outcome", text, known: outcomes.keys, listCommand: "skills curriculum show eds-life").message)
                ok = false
            }
        }
        guard let ref, let learner, let tutor, let date, let minutes, let mode, ok else { return .rejected }
        if learner.centre != tutor.centre, !allowOtherCentre {
            problems.add(line: line, column: fields.column("tutor_ref"), "tutor '\(tutorRef)' is at another centre than learner '\(learnerRef)' — import with --allow-other-centre if that was planned")
            return .rejected
        }
        let facts = GroupFacts(ref: ref, date: date, tutor: tutorRef, minutes: minutes, mode: mode.rawValue)
        if let group, group.facts.ref == ref, group.facts != facts {
            problems.add(line: line, column: fields.column("session_ref"), "session '\(ref)' has a different date, tutor, length or mode here than on line \(group.line); a group session shares them")
            return .rejected
        }
        if group?.facts.ref != ref { group = (facts, line) }
        return try write(fields, ref: ref, learner: learner.id, tutor: tutor.id, minutes: minutes, outcomeIDs: outcomeIDs, problems: &problems)
    }

    private func write(
        _ fields: FieldReader, ref: String, learner: Int64, tutor: Int64, minutes: Int, outcomeIDs: [Int64],
        problems: inout ImportProblems
    ) throws -> RowResult {
        let record = fields.record
        let columns = Self.required.map { fields.header.index[$0]! }
        let inserted = try record.withFieldBuffers { field in
            insert.bind(1, bytes: field(columns[0]))
            insert.bind(2, learner)
            insert.bind(3, tutor)
            insert.bind(4, bytes: field(columns[1]))
            insert.bind(5, Int64(minutes))
            insert.bind(6, bytes: field(columns[5]))
            insert.bind(7, bytes: field(columns[6]))
            let notes = field(columns[7])
            if notes.isEmpty { insert.bindNull(8) } else { insert.bind(8, bytes: notes) }
            insert.bind(9, auditID)
            return try insert.execute() == 1
        }
        if inserted {
            let sessionID = insert.lastInsertedRowID
            for outcome in outcomeIDs {
                achieve.bind(1, learner)
                achieve.bind(2, outcome)
                achieve.bind(3, sessionID)
                try achieve.execute()
            }
            return .inserted
        }
        return try compareWithStored(fields, ref: ref, learner: learner, problems: &problems)
    }

    private func compareWithStored(_ fields: FieldReader, ref: String, learner: Int64, problems: inout ImportProblems) throws -> RowResult {
        var stored: [String: String] = [:]
        try ref.utf8CString.withUnsafeBytes { raw in
            existing.bind(1, bytes: UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: raw.count - 1))
            existing.bind(2, learner)
            try existing.query { row in
                for (key, value) in zip(["date", "tutor_ref", "minutes", "mode", "outcomes", "notes"], row) { stored[key] = value ?? "" }
            }
        }
        var incoming: [String: String] = [:]
        for key in stored.keys { incoming[key] = fields.text(key) }
        if incoming == stored { return .present }
        problems.add(line: fields.record.line, column: fields.column("session_ref"), conflictMessage("session '\(ref)' for learner '\(fields.text("learner_ref"))'", stored: stored, incoming: incoming))
        return .rejected
    }

    /// A decimal integer from bytes (an optional leading minus), or nil.
    private static func integer(_ bytes: ArraySlice<UInt8>) -> Int? {
        let negative = bytes.first == UInt8(ascii: "-")
        let digits = negative ? bytes.dropFirst() : bytes
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        var value = 0
        for byte in digits {
            let digit = Int(byte) &- 48
            guard (0...9).contains(digit) else { return nil }
            value = value * 10 + digit
        }
        return negative ? -value : value
    }
}
