import GRDB
import SkillsCore

/// A recorded session as listed: one row per session, with every learner in it.
public struct SessionListing: Sendable, Codable, Equatable {
    public var ref: String
    public var date: Day
    public var minutes: Int
    public var mode: String
    public var tutorRef: String
    public var centreRef: String
    public var learnerRefs: [String]
    public var outcomeIDs: [String]
    public var moduleIDs: [String]
    public var notes: String?
}

/// Which sessions to list.
public struct SessionFilter: Sendable {
    public var learner: String?
    public var tutor: String?
    public var centre: String?
    public var from: Day?
    public var to: Day?
    public var limit: Int

    public init(learner: String? = nil, tutor: String? = nil, centre: String? = nil, from: Day? = nil, to: Day? = nil, limit: Int = 50) {
        self.learner = learner
        self.tutor = tutor
        self.centre = centre
        self.from = from
        self.to = to
        self.limit = limit
    }
}

extension ProgrammeStore {
    /// Records a session for one learner or a group, with the outcomes each achieved; returns its ref.
    @discardableResult
    public func recordSession(_ session: Session, allowOtherCentre: Bool, by actor: String) throws -> String {
        var session = session
        if session.date > clock.today {
            throw UserError(.usage, "date \(session.date) is in the future — record sessions on or after the day they happen")
        }
        if let problem = FieldRules.minutesProblem(session.minutes) { throw UserError(.usage, problem) }
        return try pool.write { db in
            if session.ref.isEmpty { session.ref = try Self.nextSessionRef(db) }
            let auditID = try AuditTrail.append(
                db, at: clock.now(), actor: actor, action: "session.record", record: "session:\(session.ref)",
                details: [
                    "learners": session.learnerRefs.joined(separator: ";"), "tutor": session.tutorRef,
                    "outcomes": session.outcomeIDs.joined(separator: ";"),
                ])
            guard
                let tutor = try Row.fetchOne(
                    db, sql: "SELECT t.id, c.ref AS centre_ref FROM tutors t JOIN centres c ON c.id = t.centre_id WHERE t.ref = ?",
                    arguments: [session.tutorRef])
            else {
                let known = try String.fetchAll(db, sql: "SELECT ref FROM tutors")
                throw UserError.unknown("tutor", session.tutorRef, known: known, listCommand: "skills tutor list")
            }
            let outcomeRows = try currentOutcomeRows(db)
            for code in session.outcomeIDs where outcomeRows[code] == nil {
                throw UserError.unknown("outcome", code, known: outcomeRows.keys, listCommand: "skills curriculum show ID")
            }
            let knownModules = Set(try Self.latestCurricula(db).flatMap { $0.0.modules.map(\.id) })
            for module in session.moduleIDs where !knownModules.contains(module) {
                throw UserError.unknown("module", module, known: knownModules, listCommand: "skills curriculum show ID")
            }
            for learnerRef in session.learnerRefs {
                guard
                    let learner = try Row.fetchOne(
                        db,
                        sql:
                            "SELECT l.id, l.status, c.ref AS centre_ref FROM learners l JOIN centres c ON c.id = l.centre_id WHERE l.ref = ?",
                        arguments: [learnerRef])
                else { throw try unknownLearner(learnerRef) }
                if learner["centre_ref"] as String != tutor["centre_ref"] as String, !allowOtherCentre {
                    throw UserError(
                        .data,
                        "tutor '\(session.tutorRef)' is at centre '\(tutor["centre_ref"] as String)' but learner '\(learnerRef)' is at '\(learner["centre_ref"] as String)' — add --allow-other-centre if this was planned"
                    )
                }
                if learner["status"] as String == "withdrawn" {
                    throw UserError(
                        .data,
                        "learner '\(learnerRef)' has withdrawn — re-enrol them with `skills learner update \(learnerRef) --status active` first"
                    )
                }
                if try Int.fetchOne(
                    db, sql: "SELECT 1 FROM sessions WHERE ref = ? AND learner_id = ?", arguments: [session.ref, learner["id"]]) != nil
                {
                    throw UserError(
                        .data, "session '\(session.ref)' already has learner '\(learnerRef)' — give the new session another --ref")
                }
                try db.execute(
                    sql: """
                        INSERT INTO sessions (ref, learner_id, tutor_id, date, minutes, mode, outcomes, modules, notes, audit_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        session.ref, learner["id"], tutor["id"], session.date.description, session.minutes,
                        session.mode.rawValue, session.outcomeIDs.joined(separator: ";"),
                        session.moduleIDs.joined(separator: ";"), session.notes, auditID,
                    ])
            }
            return session.ref
        }
    }

    /// Sessions matching a filter, newest first, with the total that matched.
    public func sessions(_ filter: SessionFilter) throws -> (sessions: [SessionListing], total: Int) {
        try read { db in
            let condition = """
                FROM sessions s JOIN learners l ON l.id = s.learner_id JOIN tutors t ON t.id = s.tutor_id
                JOIN centres c ON c.id = t.centre_id
                WHERE s.ref IN (SELECT s2.ref FROM sessions s2 JOIN learners l2 ON l2.id = s2.learner_id
                  JOIN tutors t2 ON t2.id = s2.tutor_id JOIN centres c2 ON c2.id = l2.centre_id
                  WHERE (:learner IS NULL OR l2.ref = :learner) AND (:tutor IS NULL OR t2.ref = :tutor)
                    AND (:centre IS NULL OR c2.ref = :centre)
                    AND (:from IS NULL OR s2.date >= :from) AND (:to IS NULL OR s2.date <= :to))
                """
            let arguments: StatementArguments = [
                "learner": filter.learner, "tutor": filter.tutor, "centre": filter.centre,
                "from": filter.from?.description, "to": filter.to?.description, "limit": filter.limit,
            ]
            let total = try Int.fetchOne(db, sql: "SELECT count(DISTINCT s.ref) \(condition)", arguments: arguments) ?? 0
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT s.ref, s.date, s.minutes, s.mode, t.ref AS tutor_ref, c.ref AS centre_ref,
                      group_concat(l.ref, ';') AS learner_refs, group_concat(s.outcomes, ';') AS outcomes,
                      max(s.modules) AS modules, max(s.notes) AS notes
                    \(condition)
                    GROUP BY s.ref ORDER BY s.date DESC, s.ref DESC LIMIT :limit
                    """,
                arguments: arguments)
            let listings = rows.map { row in
                let outcomes = (row["outcomes"] as String? ?? "").split(separator: ";").map(String.init)
                var seen = Set<String>()
                return SessionListing(
                    ref: row["ref"], date: Day(iso: row["date"] as String) ?? Day(ordinal: 0), minutes: row["minutes"],
                    mode: row["mode"], tutorRef: row["tutor_ref"], centreRef: row["centre_ref"],
                    learnerRefs: (row["learner_refs"] as String).split(separator: ";").map(String.init),
                    outcomeIDs: outcomes.filter { seen.insert($0).inserted },
                    moduleIDs: (row["modules"] as String? ?? "").split(separator: ";").map(String.init),
                    notes: row["notes"])
            }
            return (listings, total)
        }
    }

    private static func nextSessionRef(_ db: Database) throws -> String {
        var number = (try Int.fetchOne(db, sql: "SELECT count(DISTINCT ref) FROM sessions") ?? 0) + 1
        while true {
            let ref = "S" + String(format: "%06d", number)
            if try Int.fetchOne(db, sql: "SELECT 1 FROM sessions WHERE ref = ?", arguments: [ref]) == nil { return ref }
            number += 1
        }
    }
}
