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

    init(_ db: Database, auditID: Int64, today: Day, actor: String, recordedAt: String) throws {
        self.db = db
        self.auditID = auditID
        self.actor = actor
        self.recordedAt = recordedAt
        check = LearnerRowCheck(centres: try CentreRows.identifiers(db), today: today)
    }

    mutating func importRow(_ fields: FieldReader, problems: inout ImportProblems) throws -> RowResult {
        guard let learner = check.check(fields, &problems) else { return .rejected }
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
        try db.cachedStatement(
            sql: """
                INSERT INTO learners (ref, name, preferred_language, year_of_birth, postcode_district, centre_id,
                  enrolled_on, large_print, open_data_consent, status, audit_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?)
                """
        ).execute(arguments: [
            learner.ref, learner.name, learner.preferredLanguage, learner.yearOfBirth, learner.postcodeDistrict, learner.centreID,
            learner.enrolledOn.description, learner.largePrint, learner.openDataConsent, auditID,
        ])
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
