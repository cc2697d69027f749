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
    let actor: String
    let recordedAt: String
    /// The row rules every store shares.
    let check: LearnerRowCheck
    /// The highest number among the refs shaped like the ones the store hands out (`L000042`), to move its counter.
    private var highestNumberedRef = 0
    /// Compiled once and bound per row: a new learner costs one index probe and one insert.
    private let exists: RawStatement
    private let insert: RawStatement

    init(_ db: Database, auditID: Int64, today: Day, actor: String, recordedAt: String) throws {
        self.db = db
        self.auditID = auditID
        self.actor = actor
        self.recordedAt = recordedAt
        check = LearnerRowCheck(centres: try CentreRows.identifiers(db), today: today)
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
        return .inserted
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
