import SkillsCore

/// Every check a `sessions.csv` row gets before it is written, the same in every store and with the same words: its
/// fields, the records it names (learner, tutor, outcomes), the session's date against the learner's enrolment, the
/// centres, and the group-session rule. Whether the row is already stored is for the store to say.
///
/// Both stores try a row's plain form first (`withPlainRow`, on its bytes) and come to `check` only for a row it does
/// not take, so the tables and the group rule are shared with that path.
public struct SessionRowCheck: Sendable {
    /// A learner or tutor as the import sees them.
    public struct Person: Sendable {
        public var id: Int64
        public var centre: Int64
        /// The day a learner enrolled, as `Day.ordinal`; no session may be dated before it. `Int.min` for tutors.
        public var enrolled: Int

        public init(id: Int64, centre: Int64, enrolled: Day? = nil) {
            self.id = id
            self.centre = centre
            self.enrolled = enrolled?.ordinal ?? Int.min
        }
    }

    /// A row that passed every check, with its values in stored form (outcome codes as the curriculum spells them).
    public struct CheckedRow: Sendable {
        public var ref: String
        public var learnerRef: String
        public var learner: Person
        public var tutorRef: String
        public var tutor: Person
        public var date: Day
        public var minutes: Int
        public var mode: SessionMode
        public var outcomes: [String]
        public var notes: String
    }

    public let today: Day
    public let allowOtherCentre: Bool
    public let learners: ByteKeyTable<Person>
    public let tutors: ByteKeyTable<Person>
    /// Centre refs by row id, to name both centres when a tutor and a learner are at different ones.
    private let centreRefs: [Int64: String]
    /// Outcome codes by their lower-case form, so `f1.1` is stored as `F1.1`.
    private let outcomeCodes: [String: String]
    /// The codes `outcomeCodes` stores, spelled as stored, for `withPlainRow`.
    let plainOutcomeCodes: ByteKeyTable<Bool>
    /// Where each column is in the file being read, for `withPlainRow`; found at its first row.
    var plainFields: PlainFields?
    public var group = GroupSessionRule()

    public init(
        today: Day, allowOtherCentre: Bool, learners: ByteKeyTable<Person>, tutors: ByteKeyTable<Person>, centreRefs: [Int64: String],
        outcomeCodes: some Sequence<String>
    ) {
        self.today = today
        self.allowOtherCentre = allowOtherCentre
        self.learners = learners
        self.tutors = tutors
        self.centreRefs = centreRefs
        self.outcomeCodes = Dictionary(outcomeCodes.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        plainOutcomeCodes = ByteKeyTable(Dictionary(uniqueKeysWithValues: self.outcomeCodes.values.map { ($0, true) }))
    }

    /// The row in stored form, or nil after adding every problem it has, each with its line and column.
    public mutating func check(_ fields: FieldReader, problems: inout ImportProblems) -> CheckedRow? {
        let line = fields.record.line
        var ok = true
        let ref = fields.reference("session_ref", &problems)
        let learnerRef = fields.text("learner_ref")
        let learner = Self.lookup(learners, learnerRef)
        if learner == nil {
            problems.addUnknown(line: line, column: fields.column("learner_ref"), .learner, learnerRef, among: learners.keys)
        }
        let tutorRef = fields.text("tutor_ref")
        let tutor = Self.lookup(tutors, tutorRef)
        if tutor == nil { problems.addUnknown(line: line, column: fields.column("tutor_ref"), .tutor, tutorRef, among: tutors.keys) }
        let date = fields.day("date", required: true, notAfter: today, &problems, ok: &ok)
        if let date, date < FieldRules.earliestSessionDay, let problem = FieldRules.sessionDateProblem(date, today: today) {
            problems.add(line: line, column: fields.column("date"), problem)
            ok = false
        }
        let notes = fields.text("notes")
        if let problem = FieldRules.notesProblem(notes) {
            problems.add(line: line, column: fields.column("notes"), problem)
            ok = false
        }
        let minutes = Int(fields.text("minutes"))
        if let problem = minutes.map(FieldRules.minutesProblem) ?? "minutes '\(fields.text("minutes"))' must be a whole number" {
            problems.add(line: line, column: fields.column("minutes"), problem)
            ok = false
        }
        let mode = SessionMode(lenient: fields.text("mode"))
        if mode == nil {
            problems.add(line: line, column: fields.column("mode"), "mode '\(fields.text("mode"))' must be one of: in-person, phone, video")
            ok = false
        }
        var codes: [String] = []
        for code in fields.bytes("outcomes").split(separator: UInt8(ascii: ";")) {
            let text = String(decoding: code, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            if let proper = outcomeCodes[text.lowercased()] {
                codes.append(proper)
            } else {
                problems.addUnknown(line: line, column: fields.column("outcomes"), .outcome, text, among: outcomeCodes.values)
                ok = false
            }
        }
        guard let ref, let learner, let tutor, let date, let minutes, let mode, ok else { return nil }
        if date.ordinal < learner.enrolled {
            let conflict = ServiceError.conflict(
                .sessionBeforeEnrolment(learner: learnerRef, enrolled: Day(ordinal: learner.enrolled), date: date))
            problems.add(line: line, column: fields.column("date"), conflict.plainWords, reference: conflict)
            return nil
        }
        if learner.centre != tutor.centre, !allowOtherCentre {
            let conflict = ServiceError.conflict(
                .otherCentre(
                    tutor: tutorRef, tutorCentre: centreRefs[tutor.centre] ?? "", learner: learnerRef,
                    learnerCentre: centreRefs[learner.centre] ?? ""))
            problems.add(line: line, column: fields.column("tutor_ref"), conflict.plainWords, reference: conflict)
            return nil
        }
        let facts = GroupSessionRule.Facts(date: date, tutor: tutor.id, minutes: minutes, mode: mode)
        if let first = group.contradictedLine(ref: ref.utf8, facts, line: line) {
            problems.add(line: line, column: fields.column("session_ref"), GroupSessionRule.problem(ref: ref, firstLine: first))
            return nil
        }
        return CheckedRow(
            ref: ref, learnerRef: learnerRef, learner: learner, tutorRef: tutorRef, tutor: tutor, date: date, minutes: minutes,
            mode: mode, outcomes: codes, notes: notes)
    }

    private static func lookup(_ table: ByteKeyTable<Person>, _ key: String) -> Person? {
        var key = key
        return key.withUTF8 { table.value(for: $0) }
    }
}
