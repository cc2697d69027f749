import GRDB
import SkillsCore

extension ProgrammeStore {
    /// Registers (or re-registers) someone with a role, and for tutors a centre.
    public func addActor(_ actor: ProgrammeActor, by registrar: String) throws {
        try write(
            by: registrar, "actor.add", record: "actor:\(actor.name)",
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

    /// Everyone registered, by name.
    public func actors() throws -> [ProgrammeActor] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT a.name, a.role, c.ref FROM actors a LEFT JOIN centres c ON c.id = a.centre_id ORDER BY a.name"
            ).map {
                ProgrammeActor(name: $0[0], role: Role(rawValue: $0[1]) ?? .tutor, centreRef: $0[2])
            }
        }
    }

    /// One registered actor, or nil.
    public func actor(named name: String) throws -> ProgrammeActor? {
        try actors().first { $0.name == name }
    }

    /// Records a refused action in the audit trail.
    public func recordRefusal(by actor: String, action: ProgrammeAction, reason: String) throws {
        try write(by: actor, "refused", record: "access", details: ["action": action.rawValue, "reason": reason]) { _, _ in }
    }

    /// The centre refs of learners, for access checks.
    public func centreRefs(ofLearners refs: [String]) throws -> [String] {
        try read { db in
            try refs.compactMap { ref in
                try String.fetchOne(
                    db, sql: "SELECT c.ref FROM learners l JOIN centres c ON c.id = l.centre_id WHERE l.ref = ?", arguments: [ref])
            }
        }
    }
}
