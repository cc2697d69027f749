import Foundation
import GRDB
import SkillsCore

extension ProgrammeStore {
    /// Enrols a learner at a known centre; an empty ref gets the next free `L00001`-style ref. Returns the ref.
    @discardableResult
    public func enrolLearner(_ learner: Learner, contact: Bool = false, by actor: String) throws -> String {
        var learner = learner
        return try pool.write { db in
            if learner.ref.isEmpty { learner.ref = try Self.nextLearnerRef(db) }
            let auditID = try AuditTrail.append(
                db, at: clock.now(), actor: actor, action: "learner.enrol", record: "learner:\(learner.ref)",
                details: ["name": learner.name, "centre": learner.centreRef])
            let centreID = try Self.requireCentre(db, learner.centreRef)
            if try Self.learnerID(db, learner.ref) != nil {
                throw UserError(.data, "learner '\(learner.ref)' already exists — see them with `skills learner show \(learner.ref)`")
            }
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
                [.programme: true, .openStatistics: learner.openDataConsent, .contact: contact], at: timestamp(), by: actor,
                auditID: auditID)
            return learner.ref
        }
    }

    /// Replaces a learner's details, auditing what changed.
    public func updateLearner(_ learner: Learner, by actor: String, action: String = "learner.update") throws {
        let before = try self.learner(learner.ref)
        let changes = ChangeList.between(before, learner)
        guard !changes.isEmpty else { return }
        try write(by: actor, action, record: "learner:\(learner.ref)", details: changes) { db, _ in
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
        }
    }

    /// Learners, optionally at one centre or with one status, by ref.
    public func learners(centre: String? = nil, status: Learner.Status? = nil) throws -> [Learner] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT l.*, c.ref AS centre_ref FROM learners l JOIN centres c ON c.id = l.centre_id
                    WHERE (? IS NULL OR c.ref = ?) AND (? IS NULL OR l.status = ?) ORDER BY l.ref
                    """,
                arguments: [centre, centre, status?.rawValue, status?.rawValue]
            ).map(Self.learner(from:))
        }
    }

    /// One learner, or an error naming the nearest known ref.
    public func learner(_ ref: String) throws -> Learner {
        let found = try read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT l.*, c.ref AS centre_ref FROM learners l JOIN centres c ON c.id = l.centre_id WHERE l.ref = ?",
                arguments: [ref])
        }
        guard let found else { throw try unknownLearner(ref) }
        return Self.learner(from: found)
    }

    func unknownLearner(_ ref: String) throws -> UserError {
        let known = try read { try String.fetchAll($0, sql: "SELECT ref FROM learners") }
        return UserError.unknown("learner", ref, known: known, listCommand: "skills learner list")
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

    private static func nextLearnerRef(_ db: Database) throws -> String {
        var number = (try Int.fetchOne(db, sql: "SELECT count(*) FROM learners") ?? 0) + 1
        while true {
            let ref = "L" + String(format: "%05d", number)
            if try learnerID(db, ref) == nil { return ref }
            number += 1
        }
    }
}
