import GRDB
import SkillsCore
import SkillsStore

/// `tutors.csv`: tutor_ref, name, centre_ref, dbs_checked_on [, dbs_expires_on, trained_on, role].
///
/// A plain row (`PlainTutorCheck`) is bound straight from its CSV bytes into one insert, compiled once; any other row,
/// or one whose ref is already stored, takes the shared `TutorRowCheck`, which words its problems or compares it with
/// the stored tutor.
struct TutorRows: RowImporter {
    static let required = ImportKind.tutors.columns.required
    static let optional = ImportKind.tutors.columns.optional

    let db: Database
    let auditID: Int64
    /// The row rules every store shares.
    let check: TutorRowCheck
    /// Centre refs and their row ids, for the plain-row check made when the header is known.
    private let centres: [String: Int64]
    private let today: Day
    private var plain: PlainTutorCheck?
    /// Compiled once and bound per row; a ref already stored inserts nothing, and the row is compared instead.
    private let insert: RawStatement
    private var indexes: LargeImportIndexes

    init(_ db: Database, auditID: Int64, today: Day) throws {
        self.db = db
        self.auditID = auditID
        self.today = today
        centres = try CentreRows.identifiers(db)
        check = TutorRowCheck(centres: centres, today: today)
        indexes = try LargeImportIndexes(of: "tutors", db)
        insert = try RawStatement(
            db,
            """
            INSERT INTO tutors (ref, name, centre_id, role, dbs_checked_on, dbs_expires_on, trained_on, active, audit_id,
              check_lapses_on)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?8, ?9) ON CONFLICT (ref) DO NOTHING
            """)
    }

    mutating func importRow(_ fields: FieldReader, problems: inout ImportProblems) throws -> RowResult {
        if plain == nil { plain = PlainTutorCheck(centres: centres, today: today, header: fields.header) }
        if let plain, let inserted = try plain.withRow(fields.record, { row in try insertPlain(row) }) { return inserted }
        return try importChecked(fields, problems: &problems)
    }

    /// Inserts a plain row from its bytes; nil when its ref is already stored.
    private mutating func insertPlain(_ row: PlainTutorCheck.Row) throws -> RowResult? {
        insert.bind(1, bytes: row.ref)
        insert.bind(2, bytes: row.name)
        insert.bind(3, row.centreID)
        insert.bind(4, bytes: row.role)
        func bind(_ index: Int32, _ day: UnsafeBufferPointer<UInt8>?) {
            if let day { insert.bind(index, bytes: day) } else { insert.bindNull(index) }
        }
        bind(5, row.dbsCheckedOn)
        bind(6, row.dbsExpiresOn)
        bind(7, row.trainedOn)
        insert.bind(8, auditID)
        insert.bind(9, text: row.checkLapsesOn?.description ?? "")
        guard try insert.execute() == 1 else { return nil }
        try indexes.rowWritten(db)
        return .inserted
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
