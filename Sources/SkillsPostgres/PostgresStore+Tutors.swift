import PostgresNIO
import SkillsCore
import SkillsStore

extension PostgresStore: TutorStore {
    public func addTutor(_ tutor: Tutor, by authorisation: Authorisation) async throws {
        try await write(authorisation, "tutor.add", record: "tutor:\(tutor.ref)", details: ["name": tutor.name, "centre": tutor.centreRef])
        {
            connection, auditID in
            let centreID = try await Self.requireCentre(connection, tutor.centreRef)
            if try await connection.value("SELECT id FROM tutors WHERE ref = \(tutor.ref)", as: Int64.self) != nil {
                throw ServiceError.duplicate(.tutor, tutor.ref)
            }
            try await connection.execute(
                """
                INSERT INTO tutors (ref, name, centre_id, role, dbs_checked_on, dbs_expires_on, trained_on, active, audit_id,
                  check_lapses_on)
                VALUES (\(tutor.ref), \(tutor.name), \(centreID), \(tutor.role.rawValue), \(tutor.dbsCheckedOn?.description),
                  \(tutor.dbsExpiresOn?.description), \(tutor.trainedOn?.description), \(tutor.active), \(auditID), \(tutor.checkLapsesOn))
                """)
        }
    }

    public func updateTutor(_ tutor: Tutor, by authorisation: Authorisation) async throws {
        let before = try await self.tutor(tutor.ref)
        let changes = ChangeList.between(before, tutor)
        guard !changes.isEmpty else { return }
        try await write(authorisation, "tutor.update", record: "tutor:\(tutor.ref)", details: changes) { connection, _ in
            let centreID = try await Self.requireCentre(connection, tutor.centreRef)
            try await connection.execute(
                """
                UPDATE tutors SET name = \(tutor.name), centre_id = \(centreID), role = \(tutor.role.rawValue),
                  dbs_checked_on = \(tutor.dbsCheckedOn?.description), dbs_expires_on = \(tutor.dbsExpiresOn?.description),
                  trained_on = \(tutor.trainedOn?.description), active = \(tutor.active), check_lapses_on = \(tutor.checkLapsesOn)
                WHERE ref = \(tutor.ref)
                """)
        }
    }

    public func tutors(centre: String?) async throws -> [Tutor] {
        var conditions = PostgresConditions()
        try conditions.add("c.ref = ?", centre)
        return try await read { [conditions] connection in
            try await connection.rows(
                conditions.query(
                    """
                    SELECT t.*, c.ref AS centre_ref FROM tutors t JOIN centres c ON c.id = t.centre_id
                    \(conditions.whereClause) ORDER BY t.ref
                    """)
            ).map(Self.tutor(from:))
        }
    }

    public func activeTutorsLapsing(by day: Day, limit: Int, offset: Int) async throws -> (tutors: [Tutor], total: Int) {
        try await read { connection in
            let tutors = try await connection.rows(
                """
                SELECT t.*, c.ref AS centre_ref FROM tutors t JOIN centres c ON c.id = t.centre_id
                WHERE t.active AND t.check_lapses_on <= \(day.description) ORDER BY t.check_lapses_on, t.ref
                LIMIT \(limit) OFFSET \(offset)
                """
            ).map(Self.tutor(from:))
            let total = try await connection.rows(
                "SELECT count(*) FROM tutors WHERE active AND check_lapses_on <= \(day.description)")
            return (tutors, Int(try total[0][0].decode(Int64.self)))
        }
    }

    public func tutor(_ ref: String) async throws -> Tutor {
        let found = try await read { connection in
            try await connection.rows(
                "SELECT t.*, c.ref AS centre_ref FROM tutors t JOIN centres c ON c.id = t.centre_id WHERE t.ref = \(ref)"
            ).first.map(Self.tutor(from:))
        }
        guard let found else { throw try await unknown(.tutor, ref, refsIn: "tutors") }
        return found
    }

    static func tutor(from row: PostgresRandomAccessRow) throws -> Tutor {
        Tutor(
            ref: try row.value("ref"), name: try row.value("name"), centreRef: try row.value("centre_ref"),
            role: Tutor.Role(rawValue: try row.value("role")) ?? .volunteer,
            dbsCheckedOn: try row.value("dbs_checked_on", as: String?.self).flatMap { Day(iso: $0) },
            dbsExpiresOn: try row.value("dbs_expires_on", as: String?.self).flatMap { Day(iso: $0) },
            trainedOn: try row.value("trained_on", as: String?.self).flatMap { Day(iso: $0) }, active: try row.value("active"))
    }
}

extension Tutor {
    /// When the check lapses, as the `check_lapses_on` column keeps it: empty (sorting first) when none is recorded.
    var checkLapsesOn: String { effectiveDBSExpiry?.description ?? "" }
}
