import PostgresNIO
import SkillsCore
import SkillsStore

/// `sessions.csv` for PostgreSQL, first half: checks each row against the programme as read at the start of the
/// import (`SessionRowCheck`, as SQLite does) and stages the good ones as `COPY` text. Whether a row is
/// already stored is decided afterwards for all rows at once (`PostgresSessionImport`).
struct PostgresSessionRows {
    /// The row checks both stores share.
    private var check: SessionRowCheck
    /// The good rows, as `COPY … FROM STDIN` text lines.
    private(set) var staged = ByteBuffer()
    /// How many rows are staged.
    private(set) var count = 0
    /// The highest number among refs shaped like the ones the store hands out (`S000042`), to move its counter.
    private(set) var highestNumberedRef = 0
    /// The `session_ref` column's number, where a row already stored differently is reported.
    private(set) var refColumn = 1

    init(_ connection: PostgresConnection, today: Day, allowOtherCentre: Bool) async throws {
        var learners = ByteKeyTable<SessionRowCheck.Person>(capacity: 1024)
        let learnerRows = try await connection.query(
            "SELECT ref, id, centre_id, enrolled_on FROM learners", logger: PostgresConnection.quiet)
        for try await (ref, id, centre, enrolled) in learnerRows.decode((String, Int64, Int64, String).self) {
            learners.insert(ref, SessionRowCheck.Person(id: id, centre: centre, enrolled: Day(iso: enrolled)))
        }
        var tutors = ByteKeyTable<SessionRowCheck.Person>(capacity: 64)
        for row in try await connection.rows("SELECT ref, id, centre_id FROM tutors") {
            tutors.insert(
                try row[0].decode(String.self),
                SessionRowCheck.Person(id: try row[1].decode(Int64.self), centre: try row[2].decode(Int64.self)))
        }
        var centres: [Int64: String] = [:]
        for row in try await connection.rows("SELECT id, ref FROM centres") {
            centres[try row[0].decode(Int64.self)] = try row[1].decode(String.self)
        }
        check = SessionRowCheck(
            today: today, allowOtherCentre: allowOtherCentre, learners: learners, tutors: tutors, centreRefs: centres,
            outcomeCodes: try await PostgresStore.latestCurricula(connection).flatMap { $0.0.outcomes.map(\.id) })
    }

    /// Checks one row with the checks both stores share, staging it when it is good.
    mutating func importRow(_ fields: FieldReader, problems: inout ImportProblems) -> RowResult {
        refColumn = fields.column("session_ref")
        guard let row = check.check(fields, problems: &problems) else { return .rejected }
        CopyText.append(
            [
                String(fields.record.line), row.ref, row.learnerRef, String(row.learner.id), row.tutorRef, String(row.tutor.id),
                row.date.description, String(row.minutes), row.mode.rawValue, row.outcomes.joined(separator: ";"), row.notes,
            ], to: &staged)
        count += 1
        if let number = PostgresRefSequence.session.number(in: row.ref) { highestNumberedRef = max(highestNumberedRef, number) }
        return .inserted
    }

    /// The staging table's columns, in `COPY` order.
    static let stagedColumns = [
        "line", "ref", "learner_ref", "learner_id", "tutor_ref", "tutor_id", "date", "minutes", "mode", "outcomes", "notes",
    ]
}
