import PostgresNIO
import SkillsCore
import SkillsStore

extension PostgresStore: ActorStore {
    public func addActor(_ actor: ProgrammeActor, by authorisation: Authorisation) async throws {
        try await write(
            authorisation, "actor.add", record: "actor:\(actor.name)",
            details: ["role": actor.role.rawValue, "centre": actor.centreRef ?? ""]
        ) { connection, _ in
            var centreID: Int64?
            if let centre = actor.centreRef { centreID = try await Self.requireCentre(connection, centre) }
            try await connection.execute(
                """
                INSERT INTO actors (name, role, centre_id, added_at) VALUES (\(actor.name), \(actor.role.rawValue), \(centreID), \(timestamp()))
                ON CONFLICT (name) DO UPDATE SET role = excluded.role, centre_id = excluded.centre_id
                """)
        }
    }

    public func actors() async throws -> [ProgrammeActor] {
        try await read { connection in
            try await connection.rows(
                "SELECT a.name, a.role, c.ref FROM actors a LEFT JOIN centres c ON c.id = a.centre_id ORDER BY a.name"
            )
            .map(Self.actor(from:))
        }
    }

    public func actor(named name: String) async throws -> ProgrammeActor? {
        try await read { connection in
            try await connection.rows(
                "SELECT a.name, a.role, c.ref FROM actors a LEFT JOIN centres c ON c.id = a.centre_id WHERE a.name = \(name)"
            ).first.map(Self.actor(from:))
        }
    }

    public func recordRefusal(_ refusal: Refusal) async throws {
        try await writeTransaction { connection in
            _ = try await PostgresAuditTrail.append(
                connection, at: clock.now(), actor: refusal.actorName, action: "refused", record: "access",
                details: ["action": refusal.action.rawValue, "reason": refusal.plainWords])
        }
    }

    public func centreRefs(ofLearners refs: [String]) async throws -> [String] {
        try await read { try await Self.centreRefs($0, ofLearners: refs) }
    }

    private static func actor(from row: PostgresRandomAccessRow) throws -> ProgrammeActor {
        ProgrammeActor(
            name: try row[0].decode(String.self), role: Role(rawValue: try row[1].decode(String.self)) ?? .tutor,
            centreRef: try row[2].decode(String?.self))
    }
}
