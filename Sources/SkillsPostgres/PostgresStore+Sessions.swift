import PostgresNIO
import SkillsCore
import SkillsStore

extension PostgresStore: SessionStore {
    public func recordSession(_ session: Session, allowOtherCentre: Bool, by authorisation: Authorisation) async throws -> String {
        var session = session
        return try await writeTransaction { connection in
            try await authorise(connection, authorisation)
            if session.ref.isEmpty { session.ref = try await PostgresRefSequence.session.next(connection) }
            let auditID = try await PostgresAuditTrail.append(
                connection, at: clock.now(), actor: authorisation.actorName, action: "session.record", record: "session:\(session.ref)",
                details: [
                    "learners": session.learnerRefs.joined(separator: ";"), "tutor": session.tutorRef,
                    "outcomes": session.outcomeIDs.joined(separator: ";"),
                ])
            guard
                let tutor = try await connection.rows(
                    "SELECT t.id, c.ref AS centre_ref FROM tutors t JOIN centres c ON c.id = t.centre_id WHERE t.ref = \(session.tutorRef)"
                ).first
            else {
                throw ServiceError.unknown(
                    .tutor, session.tutorRef, among: try await connection.values("SELECT ref FROM tutors", as: String.self))
            }
            let tutorID: Int64 = try tutor.value("id")
            let tutorCentre: String = try tutor.value("centre_ref")
            let latest = try await Self.latestCurricula(connection).map(\.0)
            let knownOutcomes = Set(latest.flatMap { $0.outcomes.map(\.id) })
            for code in session.outcomeIDs where !knownOutcomes.contains(code) {
                throw ServiceError.unknown(.outcome, code, among: knownOutcomes)
            }
            let knownModules = Set(latest.flatMap { $0.modules.map(\.id) })
            for module in session.moduleIDs where !knownModules.contains(module) {
                throw ServiceError.unknown(.module, module, among: knownModules)
            }
            if let stored = try await connection.rows(
                "SELECT s.date, t.ref, s.minutes, s.mode FROM sessions s JOIN tutors t ON t.id = s.tutor_id WHERE s.ref = \(session.ref) LIMIT 1"
            ).first {
                let differences = try Self.differences(stored: stored, session)
                if !differences.isEmpty { throw ServiceError.conflict(.sessionDiffers(session: session.ref, differences: differences)) }
            }
            for learnerRef in session.learnerRefs {
                guard
                    let learner = try await connection.rows(
                        """
                        SELECT l.id, l.status, l.enrolled_on, c.ref AS centre_ref FROM learners l JOIN centres c ON c.id = l.centre_id
                        WHERE l.ref = \(learnerRef)
                        """
                    ).first
                else {
                    throw ServiceError.unknown(
                        .learner, learnerRef, among: try await connection.values("SELECT ref FROM learners", as: String.self))
                }
                let learnerCentre: String = try learner.value("centre_ref")
                if learnerCentre != tutorCentre, !allowOtherCentre {
                    throw ServiceError.conflict(
                        .otherCentre(tutor: session.tutorRef, tutorCentre: tutorCentre, learner: learnerRef, learnerCentre: learnerCentre))
                }
                if try learner.value("status", as: String.self) == "withdrawn" {
                    throw ServiceError.conflict(.learnerWithdrawn(learnerRef))
                }
                if let enrolled = Day(iso: try learner.value("enrolled_on", as: String.self)), session.date < enrolled {
                    throw ServiceError.conflict(.sessionBeforeEnrolment(learner: learnerRef, enrolled: enrolled, date: session.date))
                }
                let learnerID: Int64 = try learner.value("id")
                if try await connection.value(
                    "SELECT 1 FROM sessions WHERE ref = \(session.ref) AND learner_id = \(learnerID)", as: Int.self)
                    != nil
                {
                    throw ServiceError.conflict(.learnerAlreadyInSession(session: session.ref, learner: learnerRef))
                }
                try await connection.execute(
                    """
                    INSERT INTO sessions (ref, learner_id, tutor_id, date, minutes, mode, outcomes, modules, notes, audit_id)
                    VALUES (\(session.ref), \(learnerID), \(tutorID), \(session.date.description), \(session.minutes),
                      \(session.mode.rawValue), \(session.outcomeIDs.joined(separator: ";")), \(session.moduleIDs.joined(separator: ";")),
                      \(session.notes), \(auditID))
                    """)
            }
            return session.ref
        }
    }

    public func sessions(_ filter: SessionFilter) async throws -> (sessions: [SessionListing], total: Int) {
        var conditions = PostgresConditions()
        try conditions.add("s.learner_id = (SELECT id FROM learners WHERE ref = ?)", filter.learner)
        try conditions.add("s.tutor_id = (SELECT id FROM tutors WHERE ref = ?)", filter.tutor)
        try conditions.add(
            "s.learner_id IN (SELECT l.id FROM learners l JOIN centres c ON c.id = l.centre_id WHERE c.ref = ?)", filter.centre)
        try conditions.add("s.date >= ?", filter.from?.description)
        try conditions.add("s.date <= ?", filter.to?.description)
        let limit = try conditions.placeholder(for: filter.limit)
        return try await read { [conditions] connection in
            let page = try await connection.rows(
                conditions.query(
                    """
                    SELECT s.ref, count(*) OVER () AS total FROM sessions s \(conditions.whereClause)
                    GROUP BY s.ref ORDER BY max(s.date) DESC, s.ref DESC LIMIT \(limit)
                    """))
            guard let first = page.first else { return ([], 0) }
            let refs = try page.map { try $0.value("ref", as: String.self) }
            let rows = try await connection.rows(
                """
                SELECT s.ref, min(s.date) AS date, min(s.minutes) AS minutes, min(s.mode) AS mode, min(t.ref) AS tutor_ref,
                  min(t.name) AS tutor_name, min(c.ref) AS centre_ref, string_agg(l.ref, ';' ORDER BY s.id) AS learner_refs,
                  string_agg(l.name, chr(31) ORDER BY s.id) AS learner_names,
                  string_agg(s.outcomes, ';' ORDER BY s.id) AS outcomes, max(s.modules) AS modules, max(s.notes) AS notes
                FROM sessions s JOIN learners l ON l.id = s.learner_id JOIN tutors t ON t.id = s.tutor_id
                JOIN centres c ON c.id = t.centre_id
                WHERE s.ref = ANY(\(refs))
                GROUP BY s.ref ORDER BY min(s.date) DESC, s.ref DESC
                """)
            let listings = try rows.map { row in
                let outcomes = (try row.value("outcomes", as: String?.self) ?? "").split(separator: ";").map(String.init)
                var seen = Set<String>()
                return SessionListing(
                    ref: try row.value("ref"), date: Day(iso: try row.value("date", as: String.self)) ?? Day(ordinal: 0),
                    minutes: try row.value("minutes"),
                    mode: try row.value("mode"), tutorRef: try row.value("tutor_ref"), tutorName: try row.value("tutor_name"),
                    centreRef: try row.value("centre_ref"),
                    learnerRefs: try row.value("learner_refs", as: String.self).split(separator: ";").map(String.init),
                    learnerNames: try row.value("learner_names", as: String.self).split(
                        separator: "\u{1F}", omittingEmptySubsequences: false
                    )
                    .map(String.init),
                    outcomeIDs: outcomes.filter { seen.insert($0).inserted },
                    moduleIDs: (try row.value("modules", as: String?.self) ?? "").split(separator: ";").map(String.init),
                    notes: try row.value("notes"))
            }
            return (listings, try first.value("total"))
        }
    }

    /// How a stored session's shared facts differ from a new record's, in words ("date 2026-11-02 stored, 2026-11-09 given").
    static func differences(stored: PostgresRandomAccessRow, _ session: Session) throws -> [String] {
        let pairs: [(String, String, String)] = [
            ("date", try stored[0].decode(String.self), session.date.description),
            ("tutor", try stored[1].decode(String.self), session.tutorRef),
            ("minutes", String(try stored[2].decode(Int.self)), String(session.minutes)),
            ("mode", try stored[3].decode(String.self), session.mode.rawValue),
        ]
        return pairs.compactMap { name, old, new in old == new ? nil : "\(name) \(old) stored, \(new) given" }
    }
}
