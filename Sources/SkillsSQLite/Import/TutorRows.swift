import GRDB
import SkillsCore
import SkillsStore

/// `tutors.csv`: tutor_ref, name, centre_ref, dbs_checked_on [, dbs_expires_on, trained_on, role].
///
/// A plain row (`PlainTutorCheck`, checked as the file is read) goes in from its CSV bytes with the rest of its run
/// (`PlainRuns`); any other row, or one whose ref is already stored, takes the shared `TutorRowCheck`, which words its
/// problems or compares it with the stored tutor.
struct TutorRows: BatchRowImporter {
    let db: Database
    let auditID: Int64
    /// The row rules every store shares.
    let check: TutorRowCheck
    /// Centre refs and their row ids, for the plain-row check made when the header is known.
    private let centres: [String: Int64]
    private let today: Day
    /// The plain-row check for the file's header, which also finds a plain row's values in its bytes.
    private var plain: PlainTutorCheck?
    private let runs: PlainRuns<PlainTutorCheck.Verdict, PlainTutorCheck.Row>
    private var indexes: LargeImportIndexes

    init(_ db: Database, auditID: Int64, today: Day) throws {
        self.db = db
        self.auditID = auditID
        self.today = today
        centres = try CentreRows.identifiers(db)
        check = TutorRowCheck(centres: centres, today: today)
        indexes = try LargeImportIndexes(of: "tutors", db)
        runs = try PlainRuns(
            db, table: "tutors",
            insertSQL: """
                INSERT INTO tutors (ref, name, centre_id, role, dbs_checked_on, dbs_expires_on, trained_on, active, audit_id,
                  check_lapses_on)
                SELECT c0, c1, c2, c3, c4, c5, c6, 1, \(auditID), c7 FROM skills_import_rows(?1) WHERE true
                ON CONFLICT (ref) DO NOTHING
                """, ref: \.ref
        ) { row, column, context in
            switch column {
            case 0: ImportRowsTable.text(row.pointee.ref, context)
            case 1: ImportRowsTable.text(row.pointee.name, context)
            case 2: ImportRowsTable.integer(row.pointee.centreID, context)
            case 3: ImportRowsTable.text(row.pointee.role, context)
            case 4: ImportRowsTable.text(row.pointee.dbsCheckedOn, context)
            case 5: ImportRowsTable.text(row.pointee.dbsExpiresOn, context)
            case 6: ImportRowsTable.text(row.pointee.trainedOn, context)
            default: ImportRowsTable.text(row.pointee.checkLapsesOn?.description ?? "", context)
            }
        }
    }

    var verdict: @Sendable (CSVHeader) -> @Sendable (CSVRecord.Fields) -> PlainTutorCheck.Verdict? {
        { [centres, today] header in PlainTutorCheck(centres: centres, today: today, header: header).verdict }
    }

    mutating func importBatch(
        _ batch: ImportPipeline.Batch<PlainTutorCheck.Verdict>, in records: CSVRecordBatch.Records, written: inout ImportSummary
    ) throws {
        let plain = self.plain ?? PlainTutorCheck(centres: centres, today: today, header: batch.header)
        self.plain = plain
        let runs = self.runs
        let inserted = try runs.write(batch, in: records, row: plain.row, written: &written) { try importChecked($0, problems: &$1) }
        try indexes.rowsWritten(inserted, db)
    }

    /// Checks a row with the shared rules, compares it with a stored tutor of the same ref, or inserts it.
    private mutating func importChecked(_ fields: FieldReader, problems: inout ImportProblems) throws -> RowResult {
        guard let tutor = check.check(fields, &problems) else { return .rejected }
        let stored = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT t.name, c.ref AS centre_ref, t.role, coalesce(t.dbs_checked_on, '') AS dbs_checked_on,
                      coalesce(t.dbs_expires_on, '') AS dbs_expires_on, coalesce(t.trained_on, '') AS trained_on
                    FROM tutors t JOIN centres c ON c.id = t.centre_id WHERE t.ref = ?
                    """), arguments: [tutor.ref]
        ).map { row in Dictionary(uniqueKeysWithValues: tutor.values.keys.map { ($0, row[$0] as String) }) }
        if let settled = fields.settle(tutor, stored: stored, &problems) { return settled }
        try db.cachedStatement(
            sql: """
                INSERT INTO tutors (ref, name, centre_id, role, dbs_checked_on, dbs_expires_on, trained_on, active, audit_id,
                  check_lapses_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
                """
        ).execute(arguments: [
            tutor.ref, tutor.name, tutor.centreID, tutor.role.rawValue, tutor.dbsCheckedOn?.description, tutor.dbsExpiresOn?.description,
            tutor.trainedOn?.description, auditID, tutor.tutor.checkLapsesOn,
        ])
        try indexes.rowWritten(db)
        return .inserted
    }

    /// Builds any index set aside.
    func finish(_ db: Database) throws {
        try indexes.finish(db)
    }
}
