import GRDB
import SkillsCore
import SkillsStore

extension SQLiteStore {
    public func recordErasureRequest(learner ref: String, reason: String) async throws {
        try writeTransaction { db in
            let learnerID = try erasableLearnerID(db, ref)
            let auditID = try AuditTrail.append(
                db, at: clock.now(), actor: ref, action: "learner.erasure-request", record: "learner:\(ref)", details: ["reason": reason])
            try db.execute(
                sql: """
                    INSERT INTO erasure_requests (learner_id, asked_on, asked_by, reason, erase_on, audit_id) VALUES (?, ?, ?, ?, NULL, ?)
                    ON CONFLICT (learner_id) DO UPDATE SET reason = excluded.reason, audit_id = excluded.audit_id
                      WHERE erasure_requests.erase_on IS NULL
                    """, arguments: [learnerID, clock.today.description, ref, reason, auditID])
        }
    }

    public func scheduleErasure(learner ref: String, on day: Day, reason: String, by authorisation: Authorisation) async throws {
        let details = ["reason": reason, "erase_on": day.description]
        try write(authorisation, "learner.erasure-scheduled", record: "learner:\(ref)", details: details) { db, auditID in
            let learnerID = try erasableLearnerID(db, ref)
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO erasure_requests (learner_id, asked_on, asked_by, reason, erase_on, audit_id)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [learnerID, clock.today.description, authorisation.actorName, reason, day.description, auditID])
        }
    }

    public func cancelErasure(learner ref: String, reason: String, by authorisation: Authorisation) async throws {
        try write(authorisation, "learner.erasure-cancelled", record: "learner:\(ref)", details: ["reason": reason]) { db, _ in
            guard let learnerID = try Self.learnerID(db, ref) else { throw try unknownLearner(ref) }
            try db.execute(sql: "DELETE FROM erasure_requests WHERE learner_id = ?", arguments: [learnerID])
            if db.changesCount == 0 { throw ServiceError.conflict(.noErasureScheduled(learner: ref)) }
        }
    }

    public func erasureRequests() async throws -> [ErasureRequest] {
        try read { db in
            try Row.fetchAll(db, sql: Self.erasureRequestsQuery).map {
                ErasureRequest(
                    learnerRef: $0[0], askedOn: $0[1], askedBy: $0[2], reason: $0[3], eraseOn: ($0[4] as String?).flatMap(Day.init(iso:)))
            }
        }
    }

    /// Every waiting erasure with its learner's ref. `CROSS JOIN` keeps the few requests as the outer loop: without
    /// statistics SQLite would rather walk every learner in ref order to save sorting, which took 78 ms at a million
    /// learners for `learner show`.
    static let erasureRequestsQuery = """
        SELECT l.ref, e.asked_on, e.asked_by, e.reason, e.erase_on FROM erasure_requests e
        CROSS JOIN learners l ON l.id = e.learner_id ORDER BY l.ref
        """

    /// The learner's row id, refusing a learner who is unknown or already erased.
    private func erasableLearnerID(_ db: Database, _ ref: String) throws -> Int64 {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, erased_at FROM learners WHERE ref = ?", arguments: [ref]) else {
            throw try unknownLearner(ref)
        }
        if (row["erased_at"] as String?) != nil { throw ServiceError.conflict(.alreadyErased(learner: ref)) }
        return row["id"]
    }
}
