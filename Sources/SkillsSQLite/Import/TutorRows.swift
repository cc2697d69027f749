import GRDB
import SkillsCore
import SkillsStore

/// `tutors.csv`: tutor_ref, name, centre_ref, dbs_checked_on [, dbs_expires_on, trained_on, role].
struct TutorRows: RowImporter {
    static let required = ImportKind.tutors.columns.required
    static let optional = ImportKind.tutors.columns.optional

    let db: Database
    let auditID: Int64
    let today: Day
    let centres: [String: Int64]

    init(_ db: Database, auditID: Int64, today: Day) throws {
        self.db = db
        self.auditID = auditID
        self.today = today
        centres = try CentreRows.identifiers(db)
    }

    mutating func importRow(_ fields: FieldReader, problems: inout ImportProblems) throws -> RowResult {
        var ok = true
        let line = fields.record.line
        let ref = fields.reference("tutor_ref", &problems)
        let name = fields.name("name", &problems)
        let centreRef = fields.text("centre_ref")
        let centreID = fields.centre("centre_ref", in: centres, &problems)
        let checked = fields.day("dbs_checked_on", required: false, notAfter: today, &problems, ok: &ok)
        let expires = fields.day("dbs_expires_on", required: false, notAfter: Day(ordinal: Int.max / 4), &problems, ok: &ok)
        let trained = fields.day("trained_on", required: false, notAfter: today, &problems, ok: &ok)
        let roleText = fields.text("role").isEmpty ? "volunteer" : fields.text("role").lowercased()
        if Tutor.Role(rawValue: roleText) == nil {
            problems.add(line: line, column: fields.column("role"), "role '\(roleText)' must be volunteer or staff")
            ok = false
        }
        if let checked, let expires, expires <= checked {
            problems.add(
                line: line, column: fields.column("dbs_expires_on"), "dbs_expires_on \(expires) is not after dbs_checked_on \(checked)")
            ok = false
        }
        guard let ref, let name, let centreID, ok else { return .rejected }
        let incoming = [
            "name": name, "centre_ref": centreRef, "role": roleText, "dbs_checked_on": checked?.description ?? "",
            "dbs_expires_on": expires?.description ?? "", "trained_on": trained?.description ?? "",
        ]
        if let row = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT t.name, c.ref AS centre_ref, t.role, coalesce(t.dbs_checked_on, '') AS dbs_checked_on,
                      coalesce(t.dbs_expires_on, '') AS dbs_expires_on, coalesce(t.trained_on, '') AS trained_on
                    FROM tutors t JOIN centres c ON c.id = t.centre_id WHERE t.ref = ?
                    """), arguments: [ref])
        {
            var stored: [String: String] = [:]
            for key in incoming.keys { stored[key] = row[key] }
            if stored == incoming { return .present }
            problems.add(
                line: line, column: fields.column("tutor_ref"), conflictMessage("tutor '\(ref)'", stored: stored, incoming: incoming))
            return .rejected
        }
        try db.cachedStatement(
            sql: """
                INSERT INTO tutors (ref, name, centre_id, role, dbs_checked_on, dbs_expires_on, trained_on, active, audit_id,
                  check_lapses_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
                """
        ).execute(arguments: [
            ref, name, centreID, roleText, checked?.description, expires?.description, trained?.description, auditID,
            Tutor(ref: ref, name: name, centreRef: centreRef, dbsCheckedOn: checked, dbsExpiresOn: expires).checkLapsesOn,
        ])
        return .inserted
    }
}
