import GRDB
import SkillsCore
import SkillsStore

extension SQLiteStore: ReportStore {
    /// The regional report's input, read in one snapshot with one pass over the sessions, learner by learner.
    ///
    /// Sessions are read in learner order (the `UNIQUE (learner_id, ref)` index), so only one learner's sessions are
    /// held at a time; a first short pass over the ref index numbers the group sessions, the only ones that need
    /// remembering to be counted as delivered once.
    public func reportInput(curriculum: Curriculum, request: RegionalRequest) async throws -> ReportInput {
        let outcomes = OutcomeIndex(curriculum: curriculum)
        let regions = try await regions()
        return try read { db in
            var groups = ByteKeyInterner(capacity: 1 << 10)
            let groupRefs = try RawStatement(db, "SELECT ref FROM sessions GROUP BY ref HAVING count(*) > 1")
            while try groupRefs.next() { _ = groups.intern(groupRefs.bytes(0)) }
            // A second read happens only when a session came before every enrolment (older programmes).
            var firstDay: Day?
            while true {
                var builder = ReportInputBuilder(outcomes: outcomes, regions: regions, request: request, groups: groups, firstDay: firstDay)
                if let input = try Self.readReport(db, into: &builder) { return input }
                firstDay = builder.earliestDay
            }
        }
    }

    /// Streams the places, learners and sessions into `builder` and finishes it.
    private static func readReport(_ db: Database, into builder: inout ReportInputBuilder) throws -> ReportInput? {
        let centres = try RawStatement(
            db,
            """
            SELECT id, ref, name, region_code, coalesce(nullif(trim(local_authority), ''), '(not recorded)') AS la
            FROM centres ORDER BY region_code, la, ref
            """)
        while try centres.next() {
            builder.addCentre(
                id: centres.int(0), ref: centres.text(1), name: centres.text(2), region: centres.text(3), authority: centres.text(4))
        }
        let tutors = try RawStatement(db, "SELECT id FROM tutors ORDER BY id")
        while try tutors.next() { builder.addTutor(id: tutors.int(0)) }
        let learners = try RawStatement(
            db, "SELECT id, centre_id, enrolled_on, status = 'withdrawn', withdrawn_on, open_data_consent FROM learners ORDER BY id")
        while try learners.next() {
            builder.addLearner(
                id: learners.int(0), centre: learners.int(1), enrolled: learners.bytes(2), withdrawn: learners.int(3) != 0,
                withdrawnOn: learners.bytes(4), consent: learners.int(5) != 0)
        }
        let sessions = try RawStatement(
            db, "SELECT learner_id, tutor_id, date, minutes, ref, outcomes FROM sessions ORDER BY learner_id")
        while try sessions.next() {
            builder.addSession(
                learner: sessions.int(0), tutor: sessions.int(1), date: sessions.bytes(2), minutes: sessions.int(3),
                ref: sessions.bytes(4), outcomes: sessions.bytes(5))
        }
        return builder.finish()
    }

    /// Each tutor's delivered sessions and minutes between two days (both included), by centre then tutor.
    public func tutorHours(from: Day?, to: Day?) async throws -> [TutorHours] {
        var conditions = SQLConditions()
        conditions.add("date >= ?", from?.description)
        conditions.add("date <= ?", to?.description)
        return try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.tutorColumns), c.name AS centre_name, count(s.ref) AS sessions,
                      coalesce(sum(s.minutes), 0) AS minutes
                    FROM tutors t JOIN centres c ON c.id = t.centre_id
                    LEFT JOIN (SELECT tutor_id, ref, date, max(minutes) AS minutes FROM sessions \(conditions.whereClause)
                               GROUP BY tutor_id, ref, date) s ON s.tutor_id = t.id
                    GROUP BY t.id ORDER BY c.ref, t.ref
                    """,
                arguments: conditions.arguments
            ).map { row in
                TutorHours(tutor: Self.tutor(from: row), centreName: row["centre_name"], sessions: row["sessions"], minutes: row["minutes"])
            }
        }
    }
}
