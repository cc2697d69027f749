import PostgresNIO
import SkillsCore
import SkillsStore

extension PostgresStore {
    public func recordErasureRequest(learner ref: String, reason: String) async throws {
        try await writeTransaction { connection in
            let learnerID = try await erasableLearnerID(connection, ref)
            let auditID = try await PostgresAuditTrail.append(
                connection, at: clock.now(), actor: ref, action: "learner.erasure-request", record: "learner:\(ref)",
                details: ["reason": reason])
            try await connection.execute(
                """
                INSERT INTO erasure_requests (learner_id, asked_on, asked_by, reason, erase_on, audit_id)
                VALUES (\(learnerID), \(clock.today.description), \(ref), \(reason), NULL, \(auditID))
                ON CONFLICT (learner_id) DO UPDATE SET reason = excluded.reason, audit_id = excluded.audit_id
                  WHERE erasure_requests.erase_on IS NULL
                """)
        }
    }

    public func scheduleErasure(learner ref: String, on day: Day, reason: String, by authorisation: Authorisation) async throws {
        let details = ["reason": reason, "erase_on": day.description]
        try await write(authorisation, "learner.erasure-scheduled", record: "learner:\(ref)", details: details) { connection, auditID in
            let learnerID = try await erasableLearnerID(connection, ref)
            try await connection.execute(
                """
                INSERT INTO erasure_requests (learner_id, asked_on, asked_by, reason, erase_on, audit_id)
                VALUES (\(learnerID), \(clock.today.description), \(authorisation.actorName), \(reason), \(day.description), \(auditID))
                ON CONFLICT (learner_id) DO UPDATE SET asked_on = excluded.asked_on, asked_by = excluded.asked_by,
                  reason = excluded.reason, erase_on = excluded.erase_on, audit_id = excluded.audit_id
                """)
        }
    }

    public func cancelErasure(learner ref: String, reason: String, by authorisation: Authorisation) async throws {
        try await write(authorisation, "learner.erasure-cancelled", record: "learner:\(ref)", details: ["reason": reason]) {
            connection, _ in
            guard let learnerID = try await Self.learnerID(connection, ref) else {
                throw ServiceError.unknown(.learner, ref, among: try await connection.values("SELECT ref FROM learners", as: String.self))
            }
            let removed = try await connection.rows("DELETE FROM erasure_requests WHERE learner_id = \(learnerID) RETURNING learner_id")
            if removed.isEmpty { throw ServiceError.conflict(.noErasureScheduled(learner: ref)) }
        }
    }

    public func erasureRequests() async throws -> [ErasureRequest] {
        try await read { connection in
            try await connection.rows(
                """
                SELECT l.ref, e.asked_on, e.asked_by, e.reason, e.erase_on FROM erasure_requests e
                JOIN learners l ON l.id = e.learner_id ORDER BY l.ref
                """
            ).map {
                ErasureRequest(
                    learnerRef: try $0[0].decode(String.self), askedOn: try $0[1].decode(String.self),
                    askedBy: try $0[2].decode(String.self), reason: try $0[3].decode(String.self),
                    eraseOn: try $0[4].decode(String?.self).flatMap(Day.init(iso:)))
            }
        }
    }

    /// The learner's row id, refusing a learner who is unknown or already erased.
    private func erasableLearnerID(_ connection: PostgresConnection, _ ref: String) async throws -> Int64 {
        guard let row = try await connection.rows("SELECT id, erased_at FROM learners WHERE ref = \(ref)").first else {
            throw ServiceError.unknown(.learner, ref, among: try await connection.values("SELECT ref FROM learners", as: String.self))
        }
        if try row.value("erased_at", as: String?.self) != nil { throw ServiceError.conflict(.alreadyErased(learner: ref)) }
        return try row.value("id")
    }
}
