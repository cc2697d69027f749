import SkillsCore

extension SessionRowCheck {
    /// A plain row's values; the buffers point into the record and live only during `withPlainRow`'s body.
    public struct PlainRow {
        public let ref: UnsafeBufferPointer<UInt8>
        public let learnerRef: UnsafeBufferPointer<UInt8>
        public let learner: Person
        public let tutorRef: UnsafeBufferPointer<UInt8>
        public let tutor: Person
        /// `YYYY-MM-DD`, a real day from 2000 to today, not before the learner enrolled.
        public let date: UnsafeBufferPointer<UInt8>
        /// One to nine ASCII digits, perhaps with leading zeros; `minutes` is their value.
        public let minutesText: UnsafeBufferPointer<UInt8>
        public let minutes: Int
        /// As stored: `in-person`, `phone` or `video`.
        public let mode: UnsafeBufferPointer<UInt8>
        /// Outcome codes as the curriculum spells them, joined by single `;`; empty for none.
        public let outcomes: UnsafeBufferPointer<UInt8>
        /// Trimmed; empty for none.
        public let notes: UnsafeBufferPointer<UInt8>
    }

    /// The columns in `ImportKind.sessions` order.
    private enum PlainColumn: Int {
        case ref, date, learner, tutor, minutes, mode, outcomes, notes
    }

    /// `check` on bytes, for a row in plain form, as nearly every row of a file is: every value already as it is stored
    /// (an ISO date, a lower-case mode, outcome codes spelled as the curriculum spells them and joined by `;` alone,
    /// notes that need no trimming beyond spaces and tabs), so a store can write the CSV bytes as they are without
    /// building a `String`. It takes only rows `check` accepts, with the same values, and then runs `body`; it gives
    /// nil for any other row, which goes to `check`, so the problems are worded there alone. Like `check`, it remembers
    /// the row's session for the group rule.
    public mutating func withPlainRow<T>(_ fields: FieldReader, _ body: (PlainRow) throws -> T?) rethrows -> T? {
        if plainFields == nil { plainFields = PlainFields(.sessions, fields.header) }
        guard let plainFields else { return nil }
        let record = fields.record
        // What the row is checked against, taken out of `self` for the row, so the closure below captures no `inout self`:
        // Swift checks such a capture for overlapping access at run time, which cost a tenth of a large import's time.
        let (learners, tutors, outcomeCodes, today, allowOtherCentre) = (
            learners, tutors, plainOutcomeCodes, today, allowOtherCentre
        )
        var group = GroupSessionRule()
        swap(&group, &self.group)
        defer { swap(&group, &self.group) }
        return try record.withFields { inPlace -> T? in
            let field = plainFields.values(inPlace)
            func value(_ column: PlainColumn) -> UnsafeBufferPointer<UInt8> { field[column.rawValue].bytes }
            let ref = value(.ref)
            let dateText = value(.date)
            let minutesText = value(.minutes)
            let mode = value(.mode)
            let notes = value(.notes)
            guard CurriculumValidator.isReference(ref), let learner = learners.value(for: value(.learner)),
                let tutor = tutors.value(for: value(.tutor)), learner.centre == tutor.centre || allowOtherCentre,
                let date = Day(isoBytes: dateText), date <= today, date >= FieldRules.earliestSessionDay,
                date.ordinal >= learner.enrolled, Self.isPlainNotes(notes),
                let minutes = PlainFields.wholeNumber(minutesText), FieldRules.minutesProblem(minutes) == nil,
                let modeIndex = Self.plainModes.firstIndex(where: { $0.elementsEqual(mode) })
            else { return nil }
            let outcomes = value(.outcomes)
            guard Self.isPlainOutcomeList(outcomes, outcomeCodes) else { return nil }
            let facts = GroupSessionRule.Facts(date: date.ordinal, tutor: tutor.id, minutes: minutes, mode: modeIndex)
            guard group.contradictedLine(ref: ref, facts, line: record.line) == nil else { return nil }
            return try body(
                PlainRow(
                    ref: ref, learnerRef: value(.learner), learner: learner, tutorRef: value(.tutor), tutor: tutor,
                    date: dateText, minutesText: minutesText, minutes: minutes, mode: mode, outcomes: outcomes, notes: notes))
        }
    }

    private static let plainModes = SessionMode.allCases.map { Array($0.rawValue.utf8) }

    /// Whether trimmed notes are as `check` keeps them: no longer than allowed even counted in bytes, starting and
    /// ending with ASCII, so no other Unicode space is left for `check` to trim, and with no control character
    /// `FieldRules.isControlInNotes` refuses (C1 controls are the two bytes C2 80 to C2 9F).
    private static func isPlainNotes(_ notes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = notes.first, let last = notes.last else { return true }
        guard notes.count <= FieldRules.maximumNotesLength && first < 0x80 && last < 0x80 else { return false }
        var previous: UInt8 = 0
        for byte in notes {
            let control = (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F || (previous == 0xC2 && byte < 0xA0)
            if control { return false }
            previous = byte
        }
        return true
    }

    /// Whether an outcome list is in stored form: empty, or known codes spelled as stored, joined by single `;` with no
    /// spaces.
    private static func isPlainOutcomeList(_ list: UnsafeBufferPointer<UInt8>, _ codes: ByteKeyTable<Bool>) -> Bool {
        var start = 0
        for end in 0...list.count where !list.isEmpty && (end == list.count || list[end] == UInt8(ascii: ";")) {
            let code = UnsafeBufferPointer(rebasing: list[start..<end])
            guard !code.contains(0x20), codes.value(for: code) != nil else { return false }
            start = end + 1
        }
        return true
    }
}
