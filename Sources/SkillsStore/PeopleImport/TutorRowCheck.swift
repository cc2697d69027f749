import SkillsCore

/// A good `tutors.csv` row: tutor_ref, name, centre_ref, dbs_checked_on [, dbs_expires_on, trained_on, role].
public struct ImportedTutor: ImportedRow {
    public static let refColumn = "tutor_ref"
    public let ref: String
    public let name: String
    public let centreRef: String
    /// The centre's row id in the store that checked the row.
    public let centreID: Int64
    public let role: Tutor.Role
    public let dbsCheckedOn: Day?
    public let dbsExpiresOn: Day?
    public let trainedOn: Day?

    public var what: String { "tutor '\(ref)'" }
    public var values: [String: String] {
        [
            "name": name, "centre_ref": centreRef, "role": role.rawValue, "dbs_checked_on": dbsCheckedOn?.description ?? "",
            "dbs_expires_on": dbsExpiresOn?.description ?? "", "trained_on": trainedOn?.description ?? "",
        ]
    }

    /// The tutor as the rest of the programme sees them.
    public var tutor: Tutor {
        Tutor(ref: ref, name: name, centreRef: centreRef, dbsCheckedOn: dbsCheckedOn, dbsExpiresOn: dbsExpiresOn)
    }
}

/// Checks `tutors.csv` rows against the programme's centres and today's date, for every store.
public struct TutorRowCheck: Sendable {
    /// Centre refs and their row ids.
    private let centres: [String: Int64]
    private let today: Day

    public init(centres: [String: Int64], today: Day) {
        self.centres = centres
        self.today = today
    }

    /// The row's tutor, or nil after reporting every problem it has.
    public func check(_ fields: FieldReader, _ problems: inout ImportProblems) -> ImportedTutor? {
        var ok = true
        let line = fields.record.line
        let ref = fields.reference("tutor_ref", &problems)
        let name = fields.name("name", &problems)
        let centreID = fields.centre("centre_ref", in: centres, &problems)
        let checked = fields.day("dbs_checked_on", required: false, notAfter: today, &problems, ok: &ok)
        let expires = fields.day("dbs_expires_on", required: false, notAfter: Day(ordinal: Int.max / 4), &problems, ok: &ok)
        let trained = fields.day("trained_on", required: false, notAfter: today, &problems, ok: &ok)
        let roleText = fields.text("role").isEmpty ? "volunteer" : fields.text("role").lowercased()
        let role = Tutor.Role(rawValue: roleText)
        if role == nil {
            problems.add(line: line, column: fields.column("role"), "role '\(roleText)' must be volunteer or staff")
            ok = false
        }
        if let checked, let expires, expires <= checked {
            problems.add(
                line: line, column: fields.column("dbs_expires_on"), "dbs_expires_on \(expires) is not after dbs_checked_on \(checked)")
            ok = false
        }
        guard let ref, let name, let centreID, let role, ok else { return nil }
        return ImportedTutor(
            ref: ref, name: name, centreRef: fields.text("centre_ref"), centreID: centreID, role: role, dbsCheckedOn: checked,
            dbsExpiresOn: expires, trainedOn: trained)
    }
}
