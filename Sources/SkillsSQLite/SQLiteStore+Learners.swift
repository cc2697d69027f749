import Foundation
import GRDB
import SkillsCore
import SkillsStore

extension SQLiteStore: LearnerStore {
    public func enrolLearner(_ learner: Learner, contact: Bool, by authorisation: Authorisation) async throws -> String {
        var learner = learner
        return try writeTransaction { db in
            try authorise(db, authorisation)
            if learner.ref.isEmpty { learner.ref = try RefSequence.learner.next(db) }
            let auditID = try AuditTrail.append(
                db, at: clock.now(), actor: authorisation.actorName, action: "learner.enrol", record: "learner:\(learner.ref)",
                details: ["name": learner.name, "centre": learner.centreRef])
            let centreID = try Self.requireCentre(db, learner.centreRef)
            if try Self.learnerID(db, learner.ref) != nil { throw ServiceError.duplicate(.learner, learner.ref) }
            try db.execute(
                sql: """
                    INSERT INTO learners (ref, name, preferred_language, year_of_birth, postcode_district, centre_id,
                      enrolled_on, large_print, open_data_consent, status, audit_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    learner.ref, learner.name, learner.preferredLanguage, learner.yearOfBirth, learner.postcodeDistrict,
                    centreID, learner.enrolledOn.description, learner.largePrint, learner.openDataConsent,
                    learner.status.rawValue, auditID,
                ])
            try Self.insertConsents(
                db, learnerID: db.lastInsertedRowID,
                [.programme: true, .openStatistics: learner.openDataConsent, .contact: contact], at: timestamp(),
                by: authorisation.actorName,
                auditID: auditID)
            return learner.ref
        }
    }

    public func updateLearner(
        _ learner: Learner, action: String, consentDecisions decisions: [ConsentRecord.Purpose: Bool], by authorisation: Authorisation
    ) async throws {
        let before = try await self.learner(learner.ref)
        let changes = ChangeList.between(before, learner)
        guard !changes.isEmpty else { return }
        try write(authorisation, action, record: "learner:\(learner.ref)", details: changes) { db, auditID in
            let centreID = try Self.requireCentre(db, learner.centreRef)
            try db.execute(
                sql: """
                    UPDATE learners SET name = ?, preferred_language = ?, year_of_birth = ?, postcode_district = ?,
                      centre_id = ?, enrolled_on = ?, large_print = ?, open_data_consent = ?, status = ?,
                      withdrawn_on = CASE WHEN ? = 'withdrawn' THEN coalesce(withdrawn_on, ?) ELSE NULL END
                    WHERE ref = ?
                    """,
                arguments: [
                    learner.name, learner.preferredLanguage, learner.yearOfBirth, learner.postcodeDistrict, centreID,
                    learner.enrolledOn.description, learner.largePrint, learner.openDataConsent, learner.status.rawValue,
                    learner.status.rawValue, clock.today.description, learner.ref,
                ])
            if !decisions.isEmpty, let learnerID = try Self.learnerID(db, learner.ref) {
                try Self.insertConsents(db, learnerID: learnerID, decisions, at: timestamp(), by: authorisation.actorName, auditID: auditID)
            }
        }
    }

    public func learners(centre: String?, status: Learner.Status?) async throws -> [Learner] {
        var conditions = SQLConditions()
        conditions.add("l.centre_id = (SELECT id FROM centres WHERE ref = ?)", centre)
        conditions.add("l.status = ?", status?.rawValue)
        return try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT l.*, c.ref AS centre_ref FROM learners l JOIN centres c ON c.id = l.centre_id
                    \(conditions.whereClause) ORDER BY l.ref
                    """,
                arguments: conditions.arguments
            ).map(Self.learner(from:))
        }
    }

    public func learner(_ ref: String) async throws -> Learner {
        let found = try read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT l.*, c.ref AS centre_ref FROM learners l JOIN centres c ON c.id = l.centre_id WHERE l.ref = ?",
                arguments: [ref])
        }
        guard let found else { throw try unknownLearner(ref) }
        return Self.learner(from: found)
    }

    func unknownLearner(_ ref: String) throws -> ServiceError {
        try unknown(.learner, ref, refsIn: "learners")
    }

    static func learner(from row: Row) -> Learner {
        Learner(
            ref: row["ref"], name: row["name"], preferredLanguage: row["preferred_language"],
            yearOfBirth: row["year_of_birth"], postcodeDistrict: row["postcode_district"], centreRef: row["centre_ref"],
            enrolledOn: Day(iso: row["enrolled_on"] as String) ?? Day(ordinal: 0), largePrint: row["large_print"],
            openDataConsent: row["open_data_consent"], status: Learner.Status(rawValue: row["status"]) ?? .active)
    }

    static func learnerID(_ db: Database, _ ref: String) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM learners WHERE ref = ?", arguments: [ref])
    }
}
