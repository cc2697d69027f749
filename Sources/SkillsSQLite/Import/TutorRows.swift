import GRDB
import SkillsCore
import SkillsStore

/// `tutors.csv`: tutor_ref, name, centre_ref, dbs_checked_on [, dbs_expires_on, trained_on, role].
struct TutorRows: RowImporter {
    static let required = ImportKind.tutors.columns.required
    static let optional = ImportKind.tutors.columns.optional

    let db: Database
    let auditID: Int64
    /// The row rules every store shares.
    let check: TutorRowCheck

    init(_ db: Database, auditID: Int64, today: Day) throws {
        self.db = db
        self.auditID = auditID
        check = TutorRowCheck(centres: try CentreRows.identifiers(db), today: today)
    }

    mutating func importRow(_ fields: FieldReader, problems: inout ImportProblems) throws -> RowResult {
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
        return .inserted
    }
}
