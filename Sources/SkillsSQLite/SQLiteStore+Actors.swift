import GRDB
import SkillsCore
import SkillsStore

extension SQLiteStore: ActorStore {
    public func addActor(_ actor: ProgrammeActor, by authorisation: Authorisation) async throws {
        try write(
            authorisation, "actor.add", record: "actor:\(actor.name)",
            details: ["role": actor.role.rawValue, "centre": actor.centreRef ?? ""]
        ) { db, _ in
            let centreID = try actor.centreRef.map { try Self.requireCentre(db, $0) }
            try db.execute(
                sql: """
                    INSERT INTO actors (name, role, centre_id, added_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (name) DO UPDATE SET role = excluded.role, centre_id = excluded.centre_id
                    """,
                arguments: [actor.name, actor.role.rawValue, centreID, timestamp()])
        }
    }

    public func actors() async throws -> [ProgrammeActor] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT a.name, a.role, c.ref FROM actors a LEFT JOIN centres c ON c.id = a.centre_id ORDER BY a.name"
            ).map {
                ProgrammeActor(name: $0[0], role: Role(rawValue: $0[1]) ?? .tutor, centreRef: $0[2])
            }
        }
    }

    public func actor(named name: String) async throws -> ProgrammeActor? {
        try read { db in
            try Row.fetchOne(
                db, sql: "SELECT a.name, a.role, c.ref FROM actors a LEFT JOIN centres c ON c.id = a.centre_id WHERE a.name = ?",
                arguments: [name]
            ).map { ProgrammeActor(name: $0[0], role: Role(rawValue: $0[1]) ?? .tutor, centreRef: $0[2]) }
        }
    }

    public func recordRefusal(_ refusal: Refusal) async throws {
        try writeTransaction { db in
            _ = try AuditTrail.append(
                db, at: clock.now(), actor: refusal.actorName, action: "refused", record: "access",
                details: ["action": refusal.action.rawValue, "reason": refusal.plainWords])
        }
    }

    public func centreRefs(ofLearners refs: [String]) async throws -> [String] {
        try read { try Self.centreRefs($0, ofLearners: refs) }
    }

    static func centreRefs(_ db: Database, ofLearners refs: [String]) throws -> [String] {
        try refs.compactMap { ref in
            try String.fetchOne(
                db.cachedStatement(sql: "SELECT c.ref FROM learners l JOIN centres c ON c.id = l.centre_id WHERE l.ref = ?"),
                arguments: [ref])
        }
    }
}
