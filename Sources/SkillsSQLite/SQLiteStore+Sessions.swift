import GRDB
import SkillsCore
import SkillsStore

extension SQLiteStore: SessionStore {
    public func recordSession(_ session: Session, allowOtherCentre: Bool, by authorisation: Authorisation) async throws -> String {
        // The asynchronous write waits for the writer without holding one of the few threads that run requests, and
        // shares its commit with the other recordings waiting at the same moment.
        try await recordings.write(in: pool) { db in
            var session = session
            try authorise(db, authorisation)
            if session.ref.isEmpty { session.ref = try RefSequence.session.next(db) }
            let auditID = try AuditTrail.append(
                db, at: clock.now(), actor: authorisation.actorName, action: "session.record", record: "session:\(session.ref)",
                details: [
                    "learners": session.learnerRefs.joined(separator: ";"), "tutor": session.tutorRef,
                    "outcomes": session.outcomeIDs.joined(separator: ";"),
                ])
            guard
                let tutor = try Row.fetchOne(
                    db.cachedStatement(
                        sql: "SELECT t.id, c.ref AS centre_ref FROM tutors t JOIN centres c ON c.id = t.centre_id WHERE t.ref = ?"),
                    arguments: [session.tutorRef])
            else {
                throw ServiceError.unknown(.tutor, session.tutorRef, among: try String.fetchAll(db, sql: "SELECT ref FROM tutors"))
            }
            for code in session.outcomeIDs where try !isCurrentOutcome(db, code) {
                throw ServiceError.unknown(.outcome, code, among: try currentOutcomeRows(db).keys)
            }
            // Decoding the curricula is the dearest step of a record, so it is taken only when modules are named.
            if !session.moduleIDs.isEmpty {
                let knownModules = Set(try Self.latestCurricula(db).flatMap { $0.0.modules.map(\.id) })
                for module in session.moduleIDs where !knownModules.contains(module) {
                    throw ServiceError.unknown(.module, module, among: knownModules)
                }
            }
            if let stored = try Row.fetchOne(
                db.cachedStatement(
                    sql:
                        "SELECT s.date, t.ref, s.minutes, s.mode FROM sessions s JOIN tutors t ON t.id = s.tutor_id WHERE s.ref = ? LIMIT 1"
                ),
                arguments: [session.ref])
            {
                let differences = Self.differences(stored: stored, session)
                if !differences.isEmpty { throw ServiceError.conflict(.sessionDiffers(session: session.ref, differences: differences)) }
            }
            for learnerRef in session.learnerRefs {
                guard
                    let learner = try Row.fetchOne(
                        db.cachedStatement(
                            sql:
                                "SELECT l.id, l.status, l.enrolled_on, c.ref AS centre_ref FROM learners l JOIN centres c ON c.id = l.centre_id WHERE l.ref = ?"
                        ), arguments: [learnerRef])
                else { throw try unknownLearner(learnerRef) }
                if learner["centre_ref"] as String != tutor["centre_ref"] as String, !allowOtherCentre {
                    throw ServiceError.conflict(
                        .otherCentre(
                            tutor: session.tutorRef, tutorCentre: tutor["centre_ref"], learner: learnerRef,
                            learnerCentre: learner["centre_ref"]))
                }
                if learner["status"] as String == "withdrawn" { throw ServiceError.conflict(.learnerWithdrawn(learnerRef)) }
                if let enrolled = Day(iso: learner["enrolled_on"] as String), session.date < enrolled {
                    throw ServiceError.conflict(.sessionBeforeEnrolment(learner: learnerRef, enrolled: enrolled, date: session.date))
                }
                if try Int.fetchOne(
                    db.cachedStatement(sql: "SELECT 1 FROM sessions WHERE ref = ? AND learner_id = ?"),
                    arguments: [session.ref, learner["id"]])
                    != nil
                {
                    throw ServiceError.conflict(.learnerAlreadyInSession(session: session.ref, learner: learnerRef))
                }
                try db.cachedStatement(
                    sql: """
                        INSERT INTO sessions (ref, learner_id, tutor_id, date, minutes, mode, outcomes, modules, notes, audit_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """
                ).execute(
                    arguments: [
                        session.ref, learner["id"], tutor["id"], session.date.description, session.minutes,
                        session.mode.rawValue, session.outcomeIDs.joined(separator: ";"),
                        session.moduleIDs.joined(separator: ";"), session.notes, auditID,
                    ])
            }
            return session.ref
        }
    }

    public func sessions(_ filter: SessionFilter) async throws -> (sessions: [SessionListing], total: Int) {
        try read { db in
            var conditions = SQLConditions()
            conditions.add("s.learner_id = (SELECT id FROM learners WHERE ref = ?)", filter.learner)
            conditions.add("s.tutor_id = (SELECT id FROM tutors WHERE ref = ?)", filter.tutor)
            conditions.add(
                "s.learner_id IN (SELECT l.id FROM learners l JOIN centres c ON c.id = l.centre_id WHERE c.ref = ?)", filter.centre)
            conditions.add("s.date >= ?", filter.from?.description)
            conditions.add("s.date <= ?", filter.to?.description)
            let matching = conditions.whereClause
            var arguments = conditions.arguments
            arguments += [filter.limit]
            // One pass finds the page of sessions and how many sessions matched in all.
            let page = try Row.fetchAll(
                db,
                sql: """
                    SELECT s.ref, count(*) OVER () AS total FROM sessions s \(matching)
                    GROUP BY s.ref ORDER BY max(s.date) DESC, s.ref DESC LIMIT ?
                    """, arguments: arguments)
            let refs: [String] = page.map { $0["ref"] }
            guard !refs.isEmpty else { return ([], 0) }
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT s.ref, s.date, s.minutes, s.mode, t.ref AS tutor_ref, t.name AS tutor_name, c.ref AS centre_ref,
                      group_concat(l.ref, ';') AS learner_refs, group_concat(l.name, char(31)) AS learner_names,
                      group_concat(s.outcomes, ';') AS outcomes,
                      max(s.modules) AS modules, max(s.notes) AS notes
                    FROM sessions s JOIN learners l ON l.id = s.learner_id JOIN tutors t ON t.id = s.tutor_id
                    JOIN centres c ON c.id = t.centre_id
                    WHERE s.ref IN (\(databaseQuestionMarks(count: refs.count)))
                    GROUP BY s.ref ORDER BY s.date DESC, s.ref DESC
                    """,
                arguments: StatementArguments(refs))
            let listings = rows.map { row in
                let outcomes = (row["outcomes"] as String? ?? "").split(separator: ";").map(String.init)
                var seen = Set<String>()
                return SessionListing(
                    ref: row["ref"], date: Day(iso: row["date"] as String) ?? Day(ordinal: 0), minutes: row["minutes"],
                    mode: row["mode"], tutorRef: row["tutor_ref"], tutorName: row["tutor_name"], centreRef: row["centre_ref"],
                    learnerRefs: (row["learner_refs"] as String).split(separator: ";").map(String.init),
                    learnerNames: (row["learner_names"] as String).split(separator: "\u{1F}", omittingEmptySubsequences: false).map(
                        String.init),
                    outcomeIDs: outcomes.filter { seen.insert($0).inserted },
                    moduleIDs: (row["modules"] as String? ?? "").split(separator: ";").map(String.init),
                    notes: row["notes"])
            }
            return (listings, page[0]["total"])
        }
    }

    /// How a stored session's shared facts differ from a new record's, in words ("date 2026-11-02 stored, 2026-11-09 given").
    static func differences(stored: Row, _ session: Session) -> [String] {
        let pairs: [(String, String, String)] = [
            ("date", stored[0], session.date.description), ("tutor", stored[1], session.tutorRef),
            ("minutes", String(stored[2] as Int), String(session.minutes)), ("mode", stored[3], session.mode.rawValue),
        ]
        return pairs.compactMap { name, old, new in old == new ? nil : "\(name) \(old) stored, \(new) given" }
    }
}
