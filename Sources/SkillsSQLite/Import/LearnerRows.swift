import GRDB
import SkillsCore
import SkillsStore

/// `learners.csv`: learner_ref, name, year_of_birth, centre_ref, enrolled_on
/// [, preferred_language, postcode_district, large_print, open_data_consent].
///
/// A plain row (`PlainLearnerCheck`, checked as the file is read) goes in from its CSV bytes with the rest of its run
/// (`PlainRuns`); any other row, or one whose ref is already stored, takes the shared `LearnerRowCheck`, which words
/// its problems or compares it with the stored learner.
struct LearnerRows: BatchRowImporter {
    /// What the reading thread finds in a plain row: the check's verdict, and the number in its ref.
    struct Plain: Sendable {
        let verdict: PlainLearnerCheck.Verdict
        /// The number of a ref shaped like the ones the store hands out (`L000042`), or 0.
        let refNumber: Int
    }

    let db: Database
    let auditID: Int64
    /// The row rules every store shares.
    let check: LearnerRowCheck
    /// Centre refs and their row ids, for the plain-row check made when the header is known.
    private let centres: [String: Int64]
    private let today: Day
    /// The plain-row check for the file's header, which also finds a plain row's values in its bytes.
    private var plain: PlainLearnerCheck?
    /// The highest number among the refs shaped like the ones the store hands out (`L000042`), to move its counter.
    private var highestNumberedRef = 0
    /// Compiled once and bound per row; a ref already stored inserts nothing, and the row is compared instead.
    private let exists: RawStatement
    private let insert: RawStatement
    private let runs: PlainRuns<Plain, PlainLearnerCheck.Row>
    private var indexes: LargeImportIndexes

    init(_ db: Database, auditID: Int64, today: Day) throws {
        self.db = db
        self.auditID = auditID
        self.today = today
        centres = try CentreRows.identifiers(db)
        check = LearnerRowCheck(centres: centres, today: today)
        exists = try RawStatement(db, "SELECT 1 FROM learners WHERE ref = ?1")
        indexes = try LargeImportIndexes(of: "learners", db)
        insert = try RawStatement(
            db,
            """
            INSERT INTO learners (ref, name, preferred_language, year_of_birth, postcode_district, centre_id,
              enrolled_on, large_print, open_data_consent, imported_open_statistics_consent, status, audit_id)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, 'active', ?10)
            """)
        runs = try PlainRuns(
            db, table: "learners",
            insertSQL: """
                INSERT INTO learners (ref, name, preferred_language, year_of_birth, postcode_district, centre_id,
                  enrolled_on, large_print, open_data_consent, imported_open_statistics_consent, status, audit_id)
                SELECT c0, c1, c2, c3, c4, c5, c6, c7, c8, c8, 'active', \(auditID) FROM skills_import_rows(?1) WHERE true
                ON CONFLICT (ref) DO NOTHING
                """, ref: \.ref
        ) { row, column, context in
            switch column {
            case 0: ImportRowsTable.text(row.pointee.ref, context)
            case 1: ImportRowsTable.text(row.pointee.name, context)
            case 2: ImportRowsTable.text(row.pointee.preferredLanguage, context)
            case 3: ImportRowsTable.integer(row.pointee.yearOfBirth.map(Int64.init), context)
            case 4: ImportRowsTable.text(row.pointee.postcodeDistrict, context)
            case 5: ImportRowsTable.integer(row.pointee.centreID, context)
            case 6: ImportRowsTable.text(row.pointee.enrolledOn, context)
            case 7: ImportRowsTable.integer(row.pointee.largePrint ? 1 : 0, context)
            default: ImportRowsTable.integer(row.pointee.openDataConsent ? 1 : 0, context)
            }
        }
    }

    var verdict: @Sendable (CSVHeader) -> @Sendable (CSVRecord.Fields) -> Plain? {
        { [centres, today] header in
            let plain = PlainLearnerCheck(centres: centres, today: today, header: header)
            return { fields in
                plain.verdict(fields).map { verdict in
                    Plain(verdict: verdict, refNumber: RefSequence.learner.number(in: plain.row(fields, verdict).ref) ?? 0)
                }
            }
        }
    }

    mutating func importBatch(
        _ batch: ImportPipeline.Batch<Plain>, in records: CSVRecordBatch.Records, written: inout ImportSummary
    ) throws {
        let plain = self.plain ?? PlainLearnerCheck(centres: centres, today: today, header: batch.header)
        self.plain = plain
        for case let row? in batch.verdicts { highestNumberedRef = max(highestNumberedRef, row.refNumber) }
        let runs = self.runs
        let inserted = try runs.write(
            batch, in: records, row: { plain.row($0, $1.verdict) }, written: &written,
            checked: { try importChecked($0, problems: &$1) })
        try indexes.rowsWritten(inserted, db)
    }

    /// Checks a row with the shared rules, compares it with a stored learner of the same ref, or inserts it.
    private mutating func importChecked(_ fields: FieldReader, problems: inout ImportProblems) throws -> RowResult {
        guard let learner = check.check(fields, &problems) else { return .rejected }
        exists.bind(1, text: learner.ref)
        if try exists.hasRow() {
            let stored = try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT l.name, coalesce(CAST(l.year_of_birth AS TEXT), '') AS year_of_birth, c.ref AS centre_ref, l.enrolled_on,
                          l.preferred_language, coalesce(l.postcode_district, '') AS postcode_district,
                          CAST(l.large_print AS TEXT) AS large_print, CAST(l.open_data_consent AS TEXT) AS open_data_consent
                        FROM learners l JOIN centres c ON c.id = l.centre_id WHERE l.ref = ?
                        """), arguments: [learner.ref]
            ).map { row in Dictionary(uniqueKeysWithValues: learner.values.keys.map { ($0, row[$0] as String) }) }
            if let settled = fields.settle(learner, stored: stored, &problems) { return settled }
        }
        insert.bind(1, text: learner.ref)
        insert.bind(2, text: learner.name)
        insert.bind(3, text: learner.preferredLanguage)
        if let born = learner.yearOfBirth { insert.bind(4, Int64(born)) } else { insert.bindNull(4) }
        if let district = learner.postcodeDistrict { insert.bind(5, text: district) } else { insert.bindNull(5) }
        insert.bind(6, learner.centreID)
        insert.bind(7, text: learner.enrolledOn.description)
        insert.bind(8, learner.largePrint ? 1 : 0)
        insert.bind(9, learner.openDataConsent ? 1 : 0)
        insert.bind(10, auditID)
        try insert.execute()
        highestNumberedRef = max(highestNumberedRef, RefSequence.learner.number(in: Array(learner.ref.utf8)) ?? 0)
        try indexes.rowWritten(db)
        return .inserted
    }

    /// Moves the learner counter past the imported refs and builds any index set aside. Each new learner's first
    /// consents are not written as rows: `consent_history` derives them from the learner row and this import's audit
    /// entry.
    func finish(_ db: Database) throws {
        try RefSequence.learner.taken(highestNumberedRef, db)
        try indexes.finish(db)
    }
}
