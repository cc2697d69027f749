import PostgresNIO
import SkillsCore
import SkillsStore

/// `centres.csv`, `tutors.csv` and `learners.csv` for PostgreSQL: each row is checked by the row check every store
/// shares, then compared with the stored record of its ref, exactly as SQLite does row by row. The stored records are
/// read once, under the write lock, at the start of the import; each new row joins them, so a ref repeated later in the
/// file is compared with its first row. The new rows are kept as `COPY` text and written in one go at the end.
struct PostgresPeopleRows {
    private enum Check {
        case centres(CentreRowCheck)
        case tutors(TutorRowCheck)
        case learners(LearnerRowCheck)
    }

    private let check: Check
    private let auditID: Int64
    /// The records of this kind by ref, as text keyed like `ImportedRow.values`.
    private var stored: [String: [String: String]]
    /// The new rows, as `COPY … FROM STDIN` text in `columns` order.
    private var copied = ByteBuffer()
    /// The highest number among new learner refs shaped like the ones the store hands out (`L000042`).
    private var highestNumberedRef = 0

    init(_ kind: ImportKind, _ connection: PostgresConnection, auditID: Int64, today: Day) async throws {
        self.auditID = auditID
        switch kind {
        case .centres:
            let regions = try await connection.rows("SELECT code, name, name_cy FROM regions").map {
                (code: try $0[0].decode(String.self), name: try $0[1].decode(String.self), nameWelsh: try $0[2].decode(String?.self))
            }
            check = .centres(CentreRowCheck(regions: regions))
            stored = try await Self.stored(
                connection, keys: ["name", "region_code", "local_authority"],
                "SELECT ref, name, region_code, coalesce(local_authority, '') FROM centres")
        case .tutors:
            check = .tutors(TutorRowCheck(centres: try await Self.centres(connection), today: today))
            stored = try await Self.stored(
                connection, keys: ["name", "centre_ref", "role", "dbs_checked_on", "dbs_expires_on", "trained_on"],
                """
                SELECT t.ref, t.name, c.ref, t.role, coalesce(t.dbs_checked_on, ''), coalesce(t.dbs_expires_on, ''),
                  coalesce(t.trained_on, '')
                FROM tutors t JOIN centres c ON c.id = t.centre_id
                """)
        case .learners:
            check = .learners(LearnerRowCheck(centres: try await Self.centres(connection), today: today))
            stored = try await Self.stored(
                connection,
                keys: [
                    "name", "year_of_birth", "centre_ref", "enrolled_on", "preferred_language", "postcode_district", "large_print",
                    "open_data_consent",
                ],
                """
                SELECT l.ref, l.name, coalesce(l.year_of_birth::text, ''), c.ref, l.enrolled_on, l.preferred_language,
                  coalesce(l.postcode_district, ''), CASE WHEN l.large_print THEN '1' ELSE '0' END,
                  CASE WHEN l.open_data_consent THEN '1' ELSE '0' END
                FROM learners l JOIN centres c ON c.id = l.centre_id
                """)
        case .sessions:
            preconditionFailure("sessions are imported by PostgresSessionRows")
        }
    }

    /// Checks one row; a new good one is kept for the write.
    mutating func importRow(_ fields: FieldReader, problems: inout ImportProblems) -> RowResult {
        switch check {
        case .centres(let check):
            guard let centre = check.check(fields, &problems) else { return .rejected }
            return accept(
                centre, fields, &problems,
                copy: [
                    centre.ref, centre.name, centre.regionCode, centre.localAuthority.isEmpty ? nil : centre.localAuthority,
                    String(auditID),
                ])
        case .tutors(let check):
            guard let tutor = check.check(fields, &problems) else { return .rejected }
            return accept(
                tutor, fields, &problems,
                copy: [
                    tutor.ref, tutor.name, String(tutor.centreID), tutor.role.rawValue, tutor.dbsCheckedOn?.description,
                    tutor.dbsExpiresOn?.description, tutor.trainedOn?.description, String(auditID), tutor.tutor.checkLapsesOn,
                ])
        case .learners(let check):
            guard let learner = check.check(fields, &problems) else { return .rejected }
            let result = accept(
                learner, fields, &problems,
                copy: [
                    learner.ref, learner.name, learner.preferredLanguage, learner.yearOfBirth.map(String.init),
                    learner.postcodeDistrict, String(learner.centreID), learner.enrolledOn.description, learner.largePrint ? "t" : "f",
                    learner.openDataConsent ? "t" : "f", learner.openDataConsent ? "t" : "f", "active", String(auditID),
                ])
            if result == .inserted {
                highestNumberedRef = max(highestNumberedRef, PostgresRefSequence.learner.number(in: learner.ref) ?? 0)
            }
            return result
        }
    }

    /// Writes the new rows with one `COPY`; for learners, moves the ref counter past their refs. Their first consents
    /// are not written as rows: `consent_history` derives them from the learner row and the import's audit entry.
    func write(_ connection: PostgresConnection) async throws {
        let (table, columns) = target
        let rows = copied
        try await connection.copyFrom(table: table, columns: columns, logger: PostgresConnection.quiet) { writer in
            var remaining = rows
            while remaining.readableBytes > 0 {
                try await writer.write(remaining.readSlice(length: min(remaining.readableBytes, 1 << 20))!)
            }
        }
        guard case .learners = check else { return }
        try await PostgresRefSequence.learner.taken(highestNumberedRef, connection)
    }

    /// The table the new rows go to and its columns, in `COPY` order.
    private var target: (table: String, columns: [String]) {
        switch check {
        case .centres: ("centres", ["ref", "name", "region_code", "local_authority", "audit_id"])
        case .tutors:
            (
                "tutors",
                ["ref", "name", "centre_id", "role", "dbs_checked_on", "dbs_expires_on", "trained_on", "audit_id", "check_lapses_on"]
            )
        case .learners:
            (
                "learners",
                [
                    "ref", "name", "preferred_language", "year_of_birth", "postcode_district", "centre_id", "enrolled_on", "large_print",
                    "open_data_consent", "imported_open_statistics_consent", "status", "audit_id",
                ]
            )
        }
    }

    /// Settles a checked row against the stored record of its ref; a new one is kept and joins the stored records.
    private mutating func accept(
        _ row: some ImportedRow, _ fields: FieldReader, _ problems: inout ImportProblems, copy: [String?]
    ) -> RowResult {
        if let settled = fields.settle(row, stored: stored[row.ref], &problems) { return settled }
        stored[row.ref] = row.values
        CopyText.append(copy, to: &copied)
        return .inserted
    }

    /// Centre refs and their row ids.
    private static func centres(_ connection: PostgresConnection) async throws -> [String: Int64] {
        var centres: [String: Int64] = [:]
        for row in try await connection.rows("SELECT ref, id FROM centres") {
            centres[try row[0].decode(String.self)] = try row[1].decode(Int64.self)
        }
        return centres
    }

    /// Every stored record of a kind: the query gives the ref, then one text column for each key, in order.
    private static func stored(_ connection: PostgresConnection, keys: [String], _ query: PostgresQuery) async throws
        -> [String: [String: String]]
    {
        var records: [String: [String: String]] = [:]
        for try await row in try await connection.query(query, logger: PostgresConnection.quiet) {
            let cells = row.makeRandomAccess()
            var values: [String: String] = [:]
            for (index, key) in keys.enumerated() { values[key] = try cells[index + 1].decode(String.self) }
            records[try cells[0].decode(String.self)] = values
        }
        return records
    }
}
