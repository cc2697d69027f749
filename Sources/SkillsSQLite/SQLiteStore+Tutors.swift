import GRDB
import SkillsCore
import SkillsStore

extension SQLiteStore: TutorStore {
    public func addTutor(_ tutor: Tutor, by authorisation: Authorisation) async throws {
        try write(authorisation, "tutor.add", record: "tutor:\(tutor.ref)", details: ["name": tutor.name, "centre": tutor.centreRef]) {
            db, auditID in
            let centreID = try Self.requireCentre(db, tutor.centreRef)
            if try Self.tutorID(db, tutor.ref) != nil { throw ServiceError.duplicate(.tutor, tutor.ref) }
            try db.execute(
                sql: """
                    INSERT INTO tutors (ref, name, centre_id, role, dbs_checked_on, dbs_expires_on, trained_on, active, audit_id,
                      check_lapses_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    tutor.ref, tutor.name, centreID, tutor.role.rawValue, tutor.dbsCheckedOn?.description,
                    tutor.dbsExpiresOn?.description, tutor.trainedOn?.description, tutor.active, auditID, tutor.checkLapsesOn,
                ])
        }
    }

    public func updateTutor(_ tutor: Tutor, by authorisation: Authorisation) async throws {
        let before = try await self.tutor(tutor.ref)
        let changes = ChangeList.between(before, tutor)
        guard !changes.isEmpty else { return }
        try write(authorisation, "tutor.update", record: "tutor:\(tutor.ref)", details: changes) { db, _ in
            let centreID = try Self.requireCentre(db, tutor.centreRef)
            try db.execute(
                sql: """
                    UPDATE tutors SET name = ?, centre_id = ?, role = ?, dbs_checked_on = ?, dbs_expires_on = ?,
                      trained_on = ?, active = ?, check_lapses_on = ? WHERE ref = ?
                    """,
                arguments: [
                    tutor.name, centreID, tutor.role.rawValue, tutor.dbsCheckedOn?.description,
                    tutor.dbsExpiresOn?.description, tutor.trainedOn?.description, tutor.active, tutor.checkLapsesOn, tutor.ref,
                ])
        }
    }

    public func tutors(centre: String?) async throws -> [Tutor] {
        var conditions = SQLConditions()
        conditions.add("t.centre_id = (SELECT id FROM centres WHERE ref = ?)", centre)
        return try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.tutorColumns) FROM tutors t JOIN centres c ON c.id = t.centre_id
                    \(conditions.whereClause) ORDER BY t.ref
                    """,
                arguments: conditions.arguments
            ).map(Self.tutor(from:))
        }
    }

    public func activeTutorsLapsing(by day: Day, limit: Int, offset: Int) async throws -> (tutors: [Tutor], total: Int) {
        try read { db in
            let tutors = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.tutorColumns) FROM tutors t JOIN centres c ON c.id = t.centre_id
                    WHERE t.active = 1 AND t.check_lapses_on <= ? ORDER BY t.check_lapses_on, t.ref LIMIT ? OFFSET ?
                    """,
                arguments: [day.description, limit, offset]
            ).map(Self.tutor(from:))
            let total = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM tutors WHERE active = 1 AND check_lapses_on <= ?", arguments: [day.description])
            return (tutors, total ?? 0)
        }
    }

    public func tutor(_ ref: String) async throws -> Tutor {
        let found = try read { db in
            try Row.fetchOne(
                db, sql: "SELECT \(Self.tutorColumns) FROM tutors t JOIN centres c ON c.id = t.centre_id WHERE t.ref = ?",
                arguments: [ref])
        }
        guard let found else { throw try unknown(.tutor, ref, refsIn: "tutors") }
        return Self.tutor(from: found)
    }

    /// The columns `tutor(from:)` reads, in its order: `t` is the tutor, `c` their centre. Read by position, because
    /// looking each column up by name was a sixth of listing thousands of tutors.
    static let tutorColumns = "t.ref, t.name, c.ref, t.role, t.dbs_checked_on, t.dbs_expires_on, t.trained_on, t.active"

    /// A tutor from a row that starts with `tutorColumns`.
    static func tutor(from row: Row) -> Tutor {
        Tutor(
            ref: row[0], name: row[1], centreRef: row[2], role: Tutor.Role(rawValue: row[3]) ?? .volunteer,
            dbsCheckedOn: (row[4] as String?).flatMap { Day(iso: $0) }, dbsExpiresOn: (row[5] as String?).flatMap { Day(iso: $0) },
            trainedOn: (row[6] as String?).flatMap { Day(iso: $0) }, active: row[7])
    }

    static func tutorID(_ db: Database, _ ref: String) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM tutors WHERE ref = ?", arguments: [ref])
    }
}

extension Tutor {
    /// When the check lapses, as the `check_lapses_on` column keeps it: empty (sorting first) when none is recorded.
    var checkLapsesOn: String { effectiveDBSExpiry?.description ?? "" }
}
