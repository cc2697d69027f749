import GRDB
import SkillsCore
import SkillsStore

extension SQLiteStore {
    public func sessionLearners(_ ref: String) async throws -> [String] {
        try read { db in
            let learners = try String.fetchAll(
                db, sql: "SELECT l.ref FROM sessions s JOIN learners l ON l.id = s.learner_id WHERE s.ref = ? ORDER BY s.id",
                arguments: [ref])
            if learners.isEmpty { throw try Self.unknownSession(db, ref) }
            return learners
        }
    }

    public func correctSession(_ correction: SessionCorrection, by authorisation: Authorisation) async throws {
        var details = ["reason": correction.reason]
        if let learner = correction.learner { details["learner"] = learner }
        try write(authorisation, "session.update", record: "session:\(correction.ref)", details: details) { db, _ in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT s.id, l.ref, l.enrolled_on, c.ref AS centre_ref FROM sessions s JOIN learners l ON l.id = s.learner_id
                    JOIN centres c ON c.id = l.centre_id WHERE s.ref = ? ORDER BY s.id
                    """, arguments: [correction.ref])
            if rows.isEmpty { throw try Self.unknownSession(db, correction.ref) }
            var assignments: [String] = []
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let date = correction.date {
                for row in rows {
                    if let enrolled = Day(iso: row["enrolled_on"] as String), date < enrolled {
                        throw ServiceError.conflict(.sessionBeforeEnrolment(learner: row["ref"], enrolled: enrolled, date: date))
                    }
                }
                assignments.append("date = ?")
                arguments.append(date.description)
            }
            if let minutes = correction.minutes {
                assignments.append("minutes = ?")
                arguments.append(minutes)
            }
            if let mode = correction.mode {
                assignments.append("mode = ?")
                arguments.append(mode.rawValue)
            }
            if let tutorRef = correction.tutorRef {
                guard
                    let tutor = try Row.fetchOne(
                        db, sql: "SELECT t.id, c.ref AS centre_ref FROM tutors t JOIN centres c ON c.id = t.centre_id WHERE t.ref = ?",
                        arguments: [tutorRef])
                else { throw ServiceError.unknown(.tutor, tutorRef, among: try String.fetchAll(db, sql: "SELECT ref FROM tutors")) }
                if let other = rows.first(where: { $0["centre_ref"] as String != tutor["centre_ref"] as String }) {
                    throw ServiceError.conflict(
                        .otherCentre(
                            tutor: tutorRef, tutorCentre: tutor["centre_ref"], learner: other["ref"], learnerCentre: other["centre_ref"]))
                }
                assignments.append("tutor_id = ?")
                arguments.append(tutor["id"] as Int64)
            }
            if !assignments.isEmpty {
                try db.execute(
                    sql: "UPDATE sessions SET \(assignments.joined(separator: ", ")) WHERE ref = ?",
                    arguments: StatementArguments(arguments + [correction.ref]))
            }
            guard correction.changesLearnerRow else { return }
            guard let row = rows.first(where: { $0["ref"] as String == correction.learner }) else {
                throw ServiceError.unknown(.learner, correction.learner ?? "", among: rows.map { $0["ref"] as String })
            }
            if let outcomes = correction.outcomeIDs {
                let known = try currentOutcomeRows(db)
                for code in outcomes where known[code] == nil { throw ServiceError.unknown(.outcome, code, among: known.keys) }
                try db.execute(
                    sql: "UPDATE sessions SET outcomes = ? WHERE id = ?", arguments: [outcomes.joined(separator: ";"), row["id"]])
            }
            if let notes = correction.notes {
                try db.execute(sql: "UPDATE sessions SET notes = ? WHERE id = ?", arguments: [notes.isEmpty ? nil : notes, row["id"]])
            }
        }
    }

    public func removeSession(_ ref: String, learner: String?, reason: String, by authorisation: Authorisation) async throws -> [String] {
        var details = ["reason": reason]
        if let learner { details["learner"] = learner }
        return try write(authorisation, "session.remove", record: "session:\(ref)", details: details) { db, _ in
            var conditions = SQLConditions()
            conditions.add("s.ref = ?", ref)
            conditions.add("l.ref = ?", learner)
            let rows = try Row.fetchAll(
                db, sql: "SELECT s.id, l.ref FROM sessions s JOIN learners l ON l.id = s.learner_id \(conditions.whereClause)",
                arguments: conditions.arguments)
            if rows.isEmpty {
                if let learner, !(try String.fetchAll(db, sql: "SELECT ref FROM sessions WHERE ref = ? LIMIT 1", arguments: [ref]).isEmpty)
                {
                    throw ServiceError.unknown(.learner, learner, among: try Self.learnersIn(db, ref))
                }
                throw try Self.unknownSession(db, ref)
            }
            try db.execute(
                sql: "DELETE FROM sessions WHERE id IN (\(databaseQuestionMarks(count: rows.count)))",
                arguments: StatementArguments(rows.map { $0["id"] as Int64 }))
            return rows.map { $0["ref"] as String }
        }
    }

    private static func learnersIn(_ db: Database, _ ref: String) throws -> [String] {
        try String.fetchAll(
            db, sql: "SELECT l.ref FROM sessions s JOIN learners l ON l.id = s.learner_id WHERE s.ref = ?", arguments: [ref])
    }

    /// No such session: the nearest match comes from the most recent refs, as a programme may hold millions.
    private static func unknownSession(_ db: Database, _ ref: String) throws -> ServiceError {
        .unknown(
            .session, ref,
            among: try String.fetchAll(db, sql: "SELECT DISTINCT ref FROM (SELECT ref FROM sessions ORDER BY id DESC LIMIT 5000)"))
    }
}
