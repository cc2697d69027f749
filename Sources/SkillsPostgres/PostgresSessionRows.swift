import PostgresNIO
import SkillsCore
import SkillsStore

/// `sessions.csv` for PostgreSQL, first half: checks each row against the programme as read at the start of the
/// import, the plain form on its bytes first (`SessionRowCheck.withPlainRow`, as SQLite does) and any other row with
/// `SessionRowCheck.check`, and writes the good ones as `COPY` text in `sessions`' own columns (`columns`), the plain
/// ones straight from their bytes. Whether a row is already stored is decided by the import (`PostgresSessionImport`).
struct PostgresSessionRows {
    /// The row checks both stores share.
    private var check: SessionRowCheck
    private let auditID: Int64
    /// Rows checked since the last `takeChecked`, as `COPY … FROM STDIN` text.
    private var checked = ByteBuffer()
    /// How many rows are good so far.
    private(set) var count = 0
    /// Each good row's line in the file, in order, so a row found stored differently is reported where it is.
    private(set) var lines: [Int] = []
    /// The highest number among refs shaped like the ones the store hands out (`S000042`), to move its counter.
    private(set) var highestNumberedRef = 0
    /// The `session_ref` column's number, where a row already stored differently is reported.
    private(set) var refColumn = 1

    init(_ connection: PostgresConnection, auditID: Int64, today: Day, allowOtherCentre: Bool) async throws {
        self.auditID = auditID
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

    /// Checks one row with the checks both stores share, writing it as `COPY` text when it is good.
    mutating func importRow(_ fields: FieldReader, problems: inout ImportProblems) -> RowResult {
        if count == 0 { refColumn = fields.column("session_ref") }
        var text = ByteBuffer()
        swap(&text, &checked)
        defer { swap(&text, &checked) }
        let auditID = auditID
        if let number = check.withPlainRow(
            fields,
            { row -> Int? in
                Self.append(row, auditID: auditID, to: &text)
                return PostgresRefSequence.session.number(in: row.ref) ?? 0
            })
        {
            taken(number, line: fields.record.line)
            return .inserted
        }
        guard let row = check.check(fields, problems: &problems) else { return .rejected }
        CopyText.append(
            [
                row.ref, String(row.learner.id), String(row.tutor.id), row.date.description, String(row.minutes), row.mode.rawValue,
                row.outcomes.joined(separator: ";"), row.notes.isEmpty ? nil : row.notes, String(auditID),
            ], to: &text)
        taken(PostgresRefSequence.session.number(in: row.ref) ?? 0, line: fields.record.line)
        return .inserted
    }

    /// The rows checked since the last call, as `COPY` text, leaving none.
    mutating func takeChecked() -> ByteBuffer {
        defer { checked = ByteBuffer() }
        return checked
    }

    /// `sessions`' columns, in the order the rows are written.
    static let columns = ["ref", "learner_id", "tutor_id", "date", "minutes", "mode", "outcomes", "notes", "audit_id"]

    private mutating func taken(_ refNumber: Int, line: Int) {
        count += 1
        lines.append(line)
        highestNumberedRef = max(highestNumberedRef, refNumber)
    }

    /// Writes a plain row from its bytes; its values are in stored form already.
    private static func append(_ row: SessionRowCheck.PlainRow, auditID: Int64, to text: inout ByteBuffer) {
        let textBytes = row.ref.count + row.date.count + row.minutesText.count + row.mode.count + row.outcomes.count + row.notes.count
        // The text, every byte of it escaped; the notes perhaps NULL instead; three numbers.
        let bytes = CopyText.Row.mostBytes(escaping: textBytes) + CopyText.Row.nullBytes + 3 * CopyText.Row.mostNumberBytes
        CopyText.appendRow(to: &text, fields: columns.count, mostBytes: bytes) { writer in
            writer.append(row.ref)
            writer.append(row.learner.id)
            writer.append(row.tutor.id)
            writer.append(row.date)
            writer.append(row.minutesText)
            writer.append(row.mode)
            writer.append(row.outcomes)
            if row.notes.isEmpty { writer.appendNull() } else { writer.append(row.notes) }
            writer.append(auditID)
        }
    }
}
