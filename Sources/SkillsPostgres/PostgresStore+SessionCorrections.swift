import PostgresNIO
import SkillsCore
import SkillsStore

extension PostgresStore {
    public func sessionLearners(_ ref: String) async throws -> [String] {
        try await read { connection in
            let learners = try await connection.values(
                "SELECT l.ref FROM sessions s JOIN learners l ON l.id = s.learner_id WHERE s.ref = \(ref) ORDER BY s.id", as: String.self)
            if learners.isEmpty { throw try await Self.unknownSession(connection, ref) }
            return learners
        }
    }

    public func correctSession(_ correction: SessionCorrection, by authorisation: Authorisation) async throws {
        var details = ["reason": correction.reason]
        if let learner = correction.learner { details["learner"] = learner }
        try await write(authorisation, "session.update", record: "session:\(correction.ref)", details: details) { connection, _ in
            let rows = try await connection.rows(
                """
                SELECT s.id, l.ref, l.enrolled_on, c.ref AS centre_ref FROM sessions s JOIN learners l ON l.id = s.learner_id
                JOIN centres c ON c.id = l.centre_id WHERE s.ref = \(correction.ref) ORDER BY s.id
                """)
            if rows.isEmpty { throw try await Self.unknownSession(connection, correction.ref) }
            let ref = correction.ref
            if let date = correction.date {
                for row in rows {
                    if let enrolled = Day(iso: try row.value("enrolled_on", as: String.self)), date < enrolled {
                        throw ServiceError.conflict(.sessionBeforeEnrolment(learner: try row.value("ref"), enrolled: enrolled, date: date))
                    }
                }
                try await connection.execute("UPDATE sessions SET date = \(date.description) WHERE ref = \(ref)")
            }
            if let minutes = correction.minutes {
                try await connection.execute("UPDATE sessions SET minutes = \(minutes) WHERE ref = \(ref)")
            }
            if let mode = correction.mode {
                try await connection.execute("UPDATE sessions SET mode = \(mode.rawValue) WHERE ref = \(ref)")
            }
            if let tutorRef = correction.tutorRef {
                guard
                    let tutor = try await connection.rows(
                        "SELECT t.id, c.ref AS centre_ref FROM tutors t JOIN centres c ON c.id = t.centre_id WHERE t.ref = \(tutorRef)"
                    ).first
                else {
                    throw ServiceError.unknown(
                        .tutor, tutorRef, among: try await connection.values("SELECT ref FROM tutors", as: String.self))
                }
                let tutorCentre: String = try tutor.value("centre_ref")
                for row in rows where try row.value("centre_ref", as: String.self) != tutorCentre {
                    throw ServiceError.conflict(
                        .otherCentre(
                            tutor: tutorRef, tutorCentre: tutorCentre, learner: try row.value("ref"),
                            learnerCentre: try row.value("centre_ref")))
                }
                let tutorID: Int64 = try tutor.value("id")
                try await connection.execute("UPDATE sessions SET tutor_id = \(tutorID) WHERE ref = \(ref)")
            }
            guard correction.changesLearnerRow else { return }
            guard let row = try rows.first(where: { try $0.value("ref", as: String.self) == correction.learner }) else {
                throw ServiceError.unknown(.learner, correction.learner ?? "", among: try rows.map { try $0.value("ref", as: String.self) })
            }
            let id: Int64 = try row.value("id")
            if let outcomes = correction.outcomeIDs {
                let known = Set(try await Self.latestCurricula(connection).flatMap { $0.0.outcomes.map(\.id) })
                for code in outcomes where !known.contains(code) { throw ServiceError.unknown(.outcome, code, among: known) }
                try await connection.execute("UPDATE sessions SET outcomes = \(outcomes.joined(separator: ";")) WHERE id = \(id)")
            }
            if let notes = correction.notes {
                let stored: String? = notes.isEmpty ? nil : notes
                try await connection.execute("UPDATE sessions SET notes = \(stored) WHERE id = \(id)")
            }
        }
    }

    public func removeSession(_ ref: String, learner: String?, reason: String, by authorisation: Authorisation) async throws -> [String] {
        var details = ["reason": reason]
        if let learner { details["learner"] = learner }
        return try await write(authorisation, "session.remove", record: "session:\(ref)", details: details) { connection, _ in
            var conditions = PostgresConditions()
            try conditions.add("s.ref = ?", ref)
            try conditions.add("l.ref = ?", learner)
            let rows = try await connection.rows(
                conditions.query(
                    "SELECT s.id, l.ref FROM sessions s JOIN learners l ON l.id = s.learner_id \(conditions.whereClause)"))
            if rows.isEmpty {
                let inSession = try await connection.values(
                    "SELECT l.ref FROM sessions s JOIN learners l ON l.id = s.learner_id WHERE s.ref = \(ref)", as: String.self)
                if let learner, !inSession.isEmpty { throw ServiceError.unknown(.learner, learner, among: inSession) }
                throw try await Self.unknownSession(connection, ref)
            }
            let ids = try rows.map { try $0.value("id", as: Int64.self) }
            try await connection.execute("DELETE FROM sessions WHERE id = ANY(\(ids))")
            return try rows.map { try $0.value("ref", as: String.self) }
        }
    }

    /// No such session: the nearest match comes from the most recent refs, as a programme may hold millions.
    private static func unknownSession(_ connection: PostgresConnection, _ ref: String) async throws -> ServiceError {
        .unknown(
            .session, ref,
            among: try await connection.values(
                "SELECT DISTINCT ref FROM (SELECT ref FROM sessions ORDER BY id DESC LIMIT 5000) AS recent", as: String.self))
    }
}
