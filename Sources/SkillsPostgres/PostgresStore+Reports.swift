import PostgresNIO
import SkillsCore
import SkillsStore

extension PostgresStore: ReportStore {
    /// The regional report's input for `request`, read in one snapshot with one streamed scan of the sessions by
    /// learner, through the same builder as SQLite's, so both stores give the same report. PostgreSQL gathers each
    /// learner's sessions into arrays (`PostgresArrayReader`): receiving a million rows one by one cost more than the
    /// report's sums.
    public func reportInput(curriculum: Curriculum, request: RegionalRequest) async throws -> ReportInput {
        let outcomes = OutcomeIndex(curriculum: curriculum)
        let regions = try await regions()
        return try await read { connection in
            var groups = ByteKeyInterner(capacity: 1 << 10)
            let groupRefs = try await connection.query(
                "SELECT ref FROM sessions GROUP BY ref HAVING count(*) > 1", logger: PostgresConnection.quiet)
            for try await ref in groupRefs.decode(ByteBuffer.self) { ref.withBytes { _ = groups.intern($0) } }
            // A second read happens only when a session came before every enrolment (older programmes).
            var firstDay: Day?
            while true {
                var builder = ReportInputBuilder(outcomes: outcomes, regions: regions, request: request, groups: groups, firstDay: firstDay)
                if let input = try await Self.readReport(connection, into: &builder) { return input }
                firstDay = builder.earliestDay
            }
        }
    }

    /// Streams the places, learners and sessions (by learner) into `builder` and finishes it.
    private static func readReport(_ connection: PostgresConnection, into builder: inout ReportInputBuilder) async throws -> ReportInput? {
        let centres = try await connection.query(
            """
            SELECT id, ref, name, region_code, coalesce(nullif(trim(local_authority), ''), '(not recorded)') COLLATE "C" AS la
            FROM centres ORDER BY region_code COLLATE "C", la, ref COLLATE "C"
            """, logger: PostgresConnection.quiet)
        for try await (id, ref, name, region, authority) in centres.decode((Int64, String, String, String, String).self) {
            builder.addCentre(id: id, ref: ref, name: name, region: region, authority: authority)
        }
        for try await id in try await connection.query("SELECT id FROM tutors ORDER BY id", logger: PostgresConnection.quiet)
            .decode(Int64.self)
        {
            builder.addTutor(id: id)
        }
        let learners = try await connection.query(
            """
            SELECT id, centre_id, enrolled_on, status = 'withdrawn', coalesce(withdrawn_on, ''), open_data_consent FROM learners ORDER BY id
            """, logger: PostgresConnection.quiet)
        for try await row in learners {
            var columns = PostgresCellReader(row)
            let (id, centre, enrolled) = (try columns.integer(), try columns.integer(), try columns.bytes())
            let (withdrawn, withdrawnOn, consent) = (try columns.bool(), try columns.bytes(), try columns.bool())
            enrolled.withBytes { enrolled in
                withdrawnOn.withBytes { withdrawnOn in
                    builder.addLearner(
                        id: id, centre: centre, enrolled: enrolled, withdrawn: withdrawn, withdrawnOn: withdrawnOn, consent: consent)
                }
            }
        }
        // One row per learner, its sessions as parallel arrays in the same order: a tenth of the rows to receive.
        let sessions = try await connection.query(
            """
            SELECT learner_id, array_agg(tutor_id), array_agg(date), array_agg(minutes), array_agg(ref), array_agg(outcomes)
            FROM sessions GROUP BY learner_id ORDER BY learner_id
            """, logger: PostgresConnection.quiet)
        for try await row in sessions {
            var columns = PostgresCellReader(row)
            let learner = try columns.integer()
            var tutors = try PostgresArrayReader(columns.bytes())
            var dates = try PostgresArrayReader(columns.bytes())
            var minutes = try PostgresArrayReader(columns.bytes())
            var refs = try PostgresArrayReader(columns.bytes())
            var codes = try PostgresArrayReader(columns.bytes())
            while tutors.remaining > 0 {
                let tutor = try tutors.nextInteger()
                let minutes = try minutes.nextInteger()
                let date = try dates.next()
                let ref = try refs.next()
                let codes = try codes.next()
                date.withBytes { date in
                    ref.withBytes { ref in
                        codes.withBytes { codes in
                            builder.addSession(learner: learner, tutor: tutor, date: date, minutes: minutes, ref: ref, outcomes: codes)
                        }
                    }
                }
            }
        }
        return builder.finish()
    }

    /// Each tutor's delivered sessions and minutes between two days (both included), by centre then tutor.
    public func tutorHours(from: Day?, to: Day?) async throws -> [TutorHours] {
        var conditions = PostgresConditions()
        try conditions.add("date >= ?", from?.description)
        try conditions.add("date <= ?", to?.description)
        return try await read { [conditions] connection in
            try await connection.rows(
                conditions.query(
                    """
                    SELECT t.*, c.ref AS centre_ref, c.name AS centre_name, count(s.ref) AS sessions,
                      coalesce(sum(s.minutes), 0)::bigint AS minutes
                    FROM tutors t JOIN centres c ON c.id = t.centre_id
                    LEFT JOIN (SELECT tutor_id, ref, date, max(minutes) AS minutes FROM sessions \(conditions.whereClause)
                               GROUP BY tutor_id, ref, date) s ON s.tutor_id = t.id
                    GROUP BY t.id, c.ref, c.name ORDER BY c.ref, t.ref
                    """)
            ).map { row in
                TutorHours(
                    tutor: try Self.tutor(from: row), centreName: try row.value("centre_name"), sessions: try row.value("sessions"),
                    minutes: try row.value("minutes"))
            }
        }
    }
}

extension ByteBuffer {
    /// The readable bytes as the byte buffer the report builder reads.
    func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try withUnsafeReadableBytes { try body($0.assumingMemoryBound(to: UInt8.self)) }
    }
}
