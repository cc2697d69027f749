import GRDB
import SkillsCore
import SkillsStore

/// `learners.csv`: learner_ref, name, year_of_birth, centre_ref, enrolled_on
/// [, preferred_language, postcode_district, large_print, open_data_consent].
struct LearnerRows: RowImporter {
    static let required = ImportKind.learners.columns.required
    static let optional = ImportKind.learners.columns.optional

    let db: Database
    let auditID: Int64
    let today: Day
    let centres: [String: Int64]
    let actor: String
    let recordedAt: String
    /// The highest number among the refs shaped like the ones the store hands out (`L000042`), to move its counter.
    private var highestNumberedRef = 0
    /// Compiled once and bound per row: a new learner costs one index probe and one insert.
    private let exists: RawStatement
    private let insert: RawStatement

    init(_ db: Database, auditID: Int64, today: Day, actor: String, recordedAt: String) throws {
        self.db = db
        self.auditID = auditID
        self.today = today
        self.actor = actor
        self.recordedAt = recordedAt
        centres = try CentreRows.identifiers(db)
        exists = try RawStatement(db, "SELECT 1 FROM learners WHERE ref = ?1")
        insert = try RawStatement(
            db,
            """
            INSERT INTO learners (ref, name, preferred_language, year_of_birth, postcode_district, centre_id,
              enrolled_on, large_print, open_data_consent, status, audit_id)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'active', ?10)
            """)
    }

    mutating func importRow(_ fields: FieldReader, problems: inout ImportProblems) throws -> RowResult {
        var ok = true
        let line = fields.record.line
        let ref = fields.reference("learner_ref", &problems)
        let name = fields.name("name", &problems)
        let centreRef = fields.text("centre_ref")
        let centreID = fields.centre("centre_ref", in: centres, &problems)
        var born: Int?
        if fields.has("year_of_birth") {
            born = fields.integer("year_of_birth", &problems)
            if born == nil { ok = false }
            if let year = born, let problem = FieldRules.yearOfBirthProblem(year, today: today) {
                problems.add(line: line, column: fields.column("year_of_birth"), problem)
                ok = false
            }
        }
        let enrolled = fields.day("enrolled_on", required: true, notAfter: today, &problems, ok: &ok)
        let language = fields.text("preferred_language").isEmpty ? "en" : fields.text("preferred_language")
        if !FieldRules.isLanguageTag(language) {
            problems.add(
                line: line, column: fields.column("preferred_language"),
                "preferred_language '\(language)' is not a language tag like en, cy or ar")
            ok = false
        }
        var district: String?
        if fields.has("postcode_district") {
            district = FieldRules.postcodeDistrict(fields.text("postcode_district"))
            if district == nil {
                problems.add(
                    line: line, column: fields.column("postcode_district"),
                    "postcode_district '\(fields.text("postcode_district"))' is not a district; give only the first part, such as CF10")
                ok = false
            }
        }
        let largePrint = fields.flag("large_print", fallback: false, &problems, ok: &ok)
        let consent = fields.flag("open_data_consent", fallback: false, &problems, ok: &ok)
        guard let ref, let name, let centreID, let enrolled, ok else { return .rejected }
        exists.bind(1, text: ref)
        if try exists.hasRow() {
            return try compareStored(
                ref: ref, line: line, fields: fields, problems: &problems,
                incoming: [
                    "name": name, "year_of_birth": born.map(String.init) ?? "", "centre_ref": centreRef,
                    "enrolled_on": enrolled.description, "preferred_language": language, "postcode_district": district ?? "",
                    "large_print": largePrint ? "1" : "0", "open_data_consent": consent ? "1" : "0",
                ])
        }
        insert.bind(1, text: ref)
        insert.bind(2, text: name)
        insert.bind(3, text: language)
        if let born { insert.bind(4, Int64(born)) } else { insert.bindNull(4) }
        if let district { insert.bind(5, text: district) } else { insert.bindNull(5) }
        insert.bind(6, centreID)
        insert.bind(7, text: enrolled.description)
        insert.bind(8, largePrint ? 1 : 0)
        insert.bind(9, consent ? 1 : 0)
        insert.bind(10, auditID)
        try insert.execute()
        highestNumberedRef = max(highestNumberedRef, RefSequence.learner.number(in: Array(ref.utf8)) ?? 0)
        return .inserted
    }

    /// A learner already stored: present when every field is the same, otherwise a conflict naming what differs.
    private func compareStored(
        ref: String, line: Int, fields: FieldReader, problems: inout ImportProblems, incoming: [String: String]
    ) throws -> RowResult {
        let row = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT l.name, coalesce(CAST(l.year_of_birth AS TEXT), '') AS year_of_birth, c.ref AS centre_ref, l.enrolled_on,
                      l.preferred_language, coalesce(l.postcode_district, '') AS postcode_district,
                      CAST(l.large_print AS TEXT) AS large_print, CAST(l.open_data_consent AS TEXT) AS open_data_consent
                    FROM learners l JOIN centres c ON c.id = l.centre_id WHERE l.ref = ?
                    """), arguments: [ref])
        var stored: [String: String] = [:]
        for key in incoming.keys { stored[key] = row?[key] }
        if stored == incoming { return .present }
        problems.add(
            line: line, column: fields.column("learner_ref"), conflictMessage("learner '\(ref)'", stored: stored, incoming: incoming))
        return .rejected
    }

    /// Records every new learner's consent decisions in two set-based statements, rather than two inserts a row.
    func finish(_ db: Database) throws {
        try RefSequence.learner.taken(highestNumberedRef, db)
        try db.execute(
            sql: """
                INSERT INTO consents (learner_id, purpose, given, recorded_at, recorded_by, audit_id)
                SELECT id, 'programme', 1, :at, :actor, :audit FROM learners WHERE audit_id = :audit;
                INSERT INTO consents (learner_id, purpose, given, recorded_at, recorded_by, audit_id)
                SELECT id, 'open-statistics', open_data_consent, :at, :actor, :audit FROM learners WHERE audit_id = :audit;
                """, arguments: ["at": recordedAt, "actor": actor, "audit": auditID])
    }
}
