import Foundation
import PostgresNIO
import SkillsCore
import SkillsStore

extension PostgresStore: LearnerStore {
    public func enrolLearner(_ learner: Learner, contact: Bool, by authorisation: Authorisation) async throws -> String {
        var learner = learner
        return try await writeTransaction { connection in
            try await authorise(connection, authorisation)
            if learner.ref.isEmpty { learner.ref = try await PostgresRefSequence.learner.next(connection) }
            let auditID = try await PostgresAuditTrail.append(
                connection, at: clock.now(), actor: authorisation.actorName, action: "learner.enrol", record: "learner:\(learner.ref)",
                details: ["name": learner.name, "centre": learner.centreRef])
            let centreID = try await Self.requireCentre(connection, learner.centreRef)
            if try await Self.learnerID(connection, learner.ref) != nil { throw ServiceError.duplicate(.learner, learner.ref) }
            let learnerID = try await connection.value(
                """
                INSERT INTO learners (ref, name, preferred_language, year_of_birth, postcode_district, centre_id,
                  enrolled_on, large_print, open_data_consent, status, audit_id)
                VALUES (\(learner.ref), \(learner.name), \(learner.preferredLanguage), \(learner.yearOfBirth), \(learner.postcodeDistrict),
                  \(centreID), \(learner.enrolledOn.description), \(learner.largePrint), \(learner.openDataConsent),
                  \(learner.status.rawValue), \(auditID))
                RETURNING id
                """, as: Int64.self)
            try await Self.insertConsents(
                connection, learnerID: learnerID ?? 0, [.programme: true, .openStatistics: learner.openDataConsent, .contact: contact],
                at: timestamp(), by: authorisation.actorName, auditID: auditID)
            return learner.ref
        }
    }

    public func updateLearner(
        _ learner: Learner, action: String, consentDecisions decisions: [ConsentRecord.Purpose: Bool], by authorisation: Authorisation
    ) async throws {
        let before = try await self.learner(learner.ref)
        let changes = ChangeList.between(before, learner)
        guard !changes.isEmpty else { return }
        try await write(authorisation, action, record: "learner:\(learner.ref)", details: changes) { connection, auditID in
            let centreID = try await Self.requireCentre(connection, learner.centreRef)
            try await connection.execute(
                """
                UPDATE learners SET name = \(learner.name), preferred_language = \(learner.preferredLanguage),
                  year_of_birth = \(learner.yearOfBirth), postcode_district = \(learner.postcodeDistrict), centre_id = \(centreID),
                  enrolled_on = \(learner.enrolledOn.description), large_print = \(learner.largePrint),
                  open_data_consent = \(learner.openDataConsent), status = \(learner.status.rawValue),
                  withdrawn_on = CASE WHEN \(learner.status.rawValue) = 'withdrawn' THEN coalesce(withdrawn_on, \(clock.today.description)) END
                WHERE ref = \(learner.ref)
                """)
            if !decisions.isEmpty, let learnerID = try await Self.learnerID(connection, learner.ref) {
                try await Self.insertConsents(
                    connection, learnerID: learnerID, decisions, at: timestamp(), by: authorisation.actorName, auditID: auditID)
            }
        }
    }

    public func learners(centre: String?, status: Learner.Status?) async throws -> [Learner] {
        var conditions = PostgresConditions()
        try conditions.add("l.centre_id = (SELECT id FROM centres WHERE ref = ?)", centre)
        try conditions.add("l.status = ?", status?.rawValue)
        return try await read { [conditions] connection in
            try await connection.rows(
                conditions.query(
                    """
                    SELECT l.*, c.ref AS centre_ref FROM learners l JOIN centres c ON c.id = l.centre_id
                    \(conditions.whereClause) ORDER BY l.ref
                    """)
            ).map(Self.learner(from:))
        }
    }

    public func learner(_ ref: String) async throws -> Learner {
        let found = try await read { connection in
            try await connection.rows(
                "SELECT l.*, c.ref AS centre_ref FROM learners l JOIN centres c ON c.id = l.centre_id WHERE l.ref = \(ref)"
            ).first.map(Self.learner(from:))
        }
        guard let found else { throw try await unknown(.learner, ref, refsIn: "learners") }
        return found
    }

    static func learner(from row: PostgresRandomAccessRow) throws -> Learner {
        Learner(
            ref: try row.value("ref"), name: try row.value("name"), preferredLanguage: try row.value("preferred_language"),
            yearOfBirth: try row.value("year_of_birth"), postcodeDistrict: try row.value("postcode_district"),
            centreRef: try row.value("centre_ref"), enrolledOn: Day(iso: try row.value("enrolled_on", as: String.self)) ?? Day(ordinal: 0),
            largePrint: try row.value("large_print"), openDataConsent: try row.value("open_data_consent"),
            status: Learner.Status(rawValue: try row.value("status")) ?? .active)
    }

    static func learnerID(_ connection: PostgresConnection, _ ref: String) async throws -> Int64? {
        try await connection.value("SELECT id FROM learners WHERE ref = \(ref)", as: Int64.self)
    }

    static func insertConsents(
        _ connection: PostgresConnection, learnerID: Int64, _ decisions: [ConsentRecord.Purpose: Bool], at: String, by actor: String,
        auditID: Int64
    ) async throws {
        for purpose in ConsentRecord.Purpose.allCases {
            guard let given = decisions[purpose] else { continue }
            try await connection.execute(
                """
                INSERT INTO consents (learner_id, purpose, given, recorded_at, recorded_by, audit_id)
                VALUES (\(learnerID), \(purpose.rawValue), \(given), \(at), \(actor), \(auditID))
                """)
        }
    }

    /// A learner's progress against a curriculum (the programme's main one by default).
    public func progress(of ref: String, curriculumID: String?) async throws -> LearnerProgress {
        let curriculum: Curriculum
        if let curriculumID {
            curriculum = try await self.curriculum(id: curriculumID, version: nil)
        } else {
            curriculum = try await defaultCurriculum()
        }
        let found = try await read { connection -> (achieved: [String: Day], sessions: Int, minutes: Int)? in
            guard let learnerID = try await Self.learnerID(connection, ref) else { return nil }
            var firstDays: [String: Day] = [:]
            for row in try await connection.rows(
                "SELECT date, outcomes FROM sessions WHERE learner_id = \(learnerID) AND outcomes <> '' ORDER BY date")
            {
                guard let day = Day(iso: try row.value("date", as: String.self)) else { continue }
                for code in try row.value("outcomes", as: String.self).split(separator: ";") where firstDays[String(code)] == nil {
                    firstDays[String(code)] = day
                }
            }
            let totals = try await connection.rows(
                "SELECT count(DISTINCT ref) AS sessions, coalesce(sum(minutes), 0)::bigint AS minutes FROM sessions WHERE learner_id = \(learnerID)"
            ).first
            return (firstDays, try totals?.value("sessions") ?? 0, try totals?.value("minutes") ?? 0)
        }
        guard let found else { throw try await unknown(.learner, ref, refsIn: "learners") }
        return LearnerProgress(curriculum: curriculum, achieved: found.achieved, sessions: found.sessions, minutes: found.minutes)
    }
}
