import PostgresNIO
import SkillsCore
import SkillsStore

/// `sessions.csv` for PostgreSQL, first half: checks each row against the programme as read at the start of the
/// import (learners, tutors, outcomes, the group-session rule) and stages the good ones as `COPY` text. Whether a row is
/// already stored is decided afterwards for all rows at once (`PostgresSessionImport`).
struct PostgresSessionRows {
    struct Person {
        var id: Int64
        var centre: Int64
        /// The day a learner enrolled; no session may be dated before it (tutors have none).
        var enrolled: Day?
    }

    /// A group session's shared facts: a following row with the same ref must repeat them.
    private struct Facts: Equatable {
        var date: Day
        var tutor: Int64
        var minutes: Int
        var mode: SessionMode
    }

    private let today: Day
    private let allowOtherCentre: Bool
    private let learners: [String: Person]
    private let tutors: [String: Person]
    private let centreRefs: [Int64: String]
    /// Outcome codes by their lower-case form, so `f1.1` is stored as `F1.1`.
    private let outcomes: [String: String]
    private var lastRow: (ref: String, facts: Facts, line: Int)?
    /// The good rows, as `COPY … FROM STDIN` text lines.
    private(set) var staged = ByteBuffer()
    /// The highest number among refs shaped like the ones the store hands out (`S000042`), to move its counter.
    private(set) var highestNumberedRef = 0
    /// The `session_ref` column's number, where a row already stored differently is reported.
    private(set) var refColumn = 1

    init(_ connection: PostgresConnection, today: Day, allowOtherCentre: Bool) async throws {
        self.today = today
        self.allowOtherCentre = allowOtherCentre
        var learners: [String: Person] = [:]
        let learnerRows = try await connection.query(
            "SELECT ref, id, centre_id, enrolled_on FROM learners", logger: PostgresConnection.quiet)
        for try await (ref, id, centre, enrolled) in learnerRows.decode((String, Int64, Int64, String).self) {
            learners[ref] = Person(id: id, centre: centre, enrolled: Day(iso: enrolled))
        }
        self.learners = learners
        var tutors: [String: Person] = [:]
        for row in try await connection.rows("SELECT ref, id, centre_id FROM tutors") {
            tutors[try row[0].decode(String.self)] = Person(id: try row[1].decode(Int64.self), centre: try row[2].decode(Int64.self))
        }
        self.tutors = tutors
        var centres: [Int64: String] = [:]
        for row in try await connection.rows("SELECT id, ref FROM centres") {
            centres[try row[0].decode(Int64.self)] = try row[1].decode(String.self)
        }
        centreRefs = centres
        let codes = try await PostgresStore.latestCurricula(connection).flatMap { $0.0.outcomes.map(\.id) }
        outcomes = Dictionary(codes.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Checks one row with the same rules and words as the SQLite import, staging it when it is good.
    mutating func importRow(_ fields: FieldReader, problems: inout ImportProblems) -> RowResult {
        let line = fields.record.line
        refColumn = fields.column("session_ref")
        var ok = true
        let ref = fields.reference("session_ref", &problems)
        let learnerRef = fields.text("learner_ref")
        let learner = learners[learnerRef]
        if learner == nil {
            problems.addUnknown(line: line, column: fields.column("learner_ref"), .learner, learnerRef, among: learners.keys)
        }
        let tutorRef = fields.text("tutor_ref")
        let tutor = tutors[tutorRef]
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
            if let proper = outcomes[text.lowercased()] {
                codes.append(proper)
            } else {
                problems.addUnknown(line: line, column: fields.column("outcomes"), .outcome, text, among: outcomes.values)
                ok = false
            }
        }
        guard let ref, let learner, let tutor, let date, let minutes, let mode, ok else { return .rejected }
        if let enrolled = learner.enrolled, date < enrolled {
            let conflict = ServiceError.conflict(.sessionBeforeEnrolment(learner: learnerRef, enrolled: enrolled, date: date))
            problems.add(line: line, column: fields.column("date"), conflict.plainWords, reference: conflict)
            return .rejected
        }
        if learner.centre != tutor.centre, !allowOtherCentre {
            let conflict = ServiceError.conflict(
                .otherCentre(
                    tutor: tutorRef, tutorCentre: centreRefs[tutor.centre] ?? "", learner: learnerRef,
                    learnerCentre: centreRefs[learner.centre] ?? ""))
            problems.add(line: line, column: fields.column("tutor_ref"), conflict.plainWords, reference: conflict)
            return .rejected
        }
        let facts = Facts(date: date, tutor: tutor.id, minutes: minutes, mode: mode)
        if let lastRow, lastRow.ref == ref, lastRow.facts != facts {
            problems.add(
                line: line, column: fields.column("session_ref"),
                "session '\(ref)' has a different date, tutor, length or mode here than on line \(lastRow.line); a group session shares them"
            )
            return .rejected
        }
        if lastRow?.ref != ref { lastRow = (ref, facts, line) }
        CopyText.append(
            [
                String(line), ref, learnerRef, String(learner.id), tutorRef, String(tutor.id), date.description, String(minutes),
                mode.rawValue,
                codes.joined(separator: ";"), notes,
            ], to: &staged)
        if let number = PostgresRefSequence.session.number(in: ref) { highestNumberedRef = max(highestNumberedRef, number) }
        return .inserted
    }

    /// The staging table's columns, in `COPY` order.
    static let stagedColumns = [
        "line", "ref", "learner_ref", "learner_id", "tutor_ref", "tutor_id", "date", "minutes", "mode", "outcomes", "notes",
    ]
}
