import PostgresNIO
import SkillsCore
import SkillsStore

/// Reads the regional report's input on two connections that share one snapshot, so that PostgreSQL aggregates on two
/// cores while this process tallies; the answer is as consistent as one transaction's.
///
/// The helper connection imports the main one's exported snapshot (`SET TRANSACTION SNAPSHOT`) and numbers the group
/// sessions while the main one reads the places and learners. The sessions then come in runs of learners, one query a
/// run, the runs alternating between the connections: while one run is tallied, the next two are being aggregated,
/// one on each connection, and no further run is asked for, so memory grows with a run, never with the programme.
/// Each learner's sessions arrive as parallel arrays (`PostgresArrayReader`): a row costs far more to receive than
/// the bytes in it.
struct PostgresReportReader {
    /// The connection whose transaction exported the snapshot.
    private let main: PostgresConnection
    /// A second connection in the same snapshot.
    private let helper: PostgresConnection
    /// How many learners' sessions one query reads.
    private let learnersPerRead: Int

    /// Opens a connection to `place` that sees exactly what `main`'s REPEATABLE READ transaction sees, runs `body` with
    /// a reader over both, and closes the new connection.
    static func withHelper<T>(
        _ main: PostgresConnection, place: PostgresLocation, learnersPerRead: Int, _ body: (PostgresReportReader) async throws -> T
    ) async throws -> T {
        async let opened = PostgresConnection.connect(configuration: try place.configuration(), id: 2, logger: PostgresConnection.quiet)
        let snapshot: String
        do {
            try await main.execute(Self.sortMemory)
            snapshot = try await main.value("SELECT pg_export_snapshot()", as: String.self) ?? ""
        } catch {
            try? await (try? await opened)?.close()
            throw error
        }
        let helper = try await opened
        do {
            // The name comes from the server; it is checked all the same, as SET takes no parameters.
            guard !snapshot.isEmpty, snapshot.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
                throw ServiceError.unreadable(
                    location: place.url, reason: "PostgreSQL named its snapshot '\(snapshot)', which cannot be shared")
            }
            try await helper.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            try await helper.execute(PostgresQuery(unsafeSQL: "SET TRANSACTION SNAPSHOT '\(snapshot)'"))
            try await helper.execute(Self.sortMemory)
            let result = try await body(PostgresReportReader(main: main, helper: helper, learnersPerRead: max(1, learnersPerRead)))
            try? await helper.close()
            return result
        } catch {
            try? await helper.close()
            throw error
        }
    }

    /// Room for one run's sort in memory, for this transaction only: at the default 4 MB, PostgreSQL sorted a run of
    /// 4,096 learners' sessions on disk.
    private static let sortMemory: PostgresQuery = "SET LOCAL work_mem = '64MB'"

    /// The report input for `request`, through the same builder as SQLite's, so both stores give the same report.
    func reportInput(outcomes: OutcomeIndex, regions: [Region], request: RegionalRequest) async throws -> ReportInput {
        async let groupRows = helper.query("SELECT ref FROM sessions GROUP BY ref HAVING count(*) > 1", logger: PostgresConnection.quiet)
            .collect()
        let roster = try await PostgresReportRoster(main)
        var groups = ByteKeyInterner(capacity: 1 << 10)
        for row in try await groupRows { try row.decode(ByteBuffer.self).withBytes { _ = groups.intern($0) } }
        // A second read happens only when a session came before every enrolment (older programmes).
        var firstDay: Day?
        while true {
            var builder = ReportInputBuilder(outcomes: outcomes, regions: regions, request: request, groups: groups, firstDay: firstDay)
            try roster.add(to: &builder)
            try await addSessions(runs: roster.runs(of: learnersPerRead), to: &builder)
            if let input = builder.finish() { return input }
            firstDay = builder.earliestDay
        }
    }

    /// Adds every learner's sessions, learners in id order, asking for at most two runs ahead of the one being added.
    private func addSessions(runs: [Range<Int64>], to builder: inout ReportInputBuilder) async throws {
        var reads = runs.indices.prefix(2).map { sessionRead(runs[$0], on: $0 % 2 == 0 ? main : helper) }
        do {
            for index in runs.indices {
                let rows = try await reads.removeFirst().value
                if index + 2 < runs.count { reads.append(sessionRead(runs[index + 2], on: index % 2 == 0 ? main : helper)) }
                for row in rows { try Self.add(row, to: &builder) }
            }
        } catch {
            // No query outlives the read: the transaction ends only after the ones asked for.
            for read in reads { _ = try? await read.value }
            throw error
        }
    }

    /// Starts reading the sessions of the learners whose ids are in `learners`, one row per learner with the sessions
    /// as parallel arrays in the same order.
    private func sessionRead(_ learners: Range<Int64>, on connection: PostgresConnection) -> Task<[PostgresRow], any Error> {
        Task {
            try await connection.query(
                """
                SELECT learner_id, array_agg(tutor_id), array_agg(date), array_agg(minutes), array_agg(ref), array_agg(outcomes)
                FROM sessions WHERE learner_id >= \(learners.lowerBound) AND learner_id < \(learners.upperBound)
                GROUP BY learner_id ORDER BY learner_id
                """, logger: PostgresConnection.quiet
            ).collect()
        }
    }

    /// Adds one learner's sessions.
    private static func add(_ row: PostgresRow, to builder: inout ReportInputBuilder) throws {
        let (learner, tutorList, dateList, minuteList, refList, outcomeList) = try row.decode(
            (Int64, ByteBuffer, ByteBuffer, ByteBuffer, ByteBuffer, ByteBuffer).self)
        var tutors = try PostgresArrayReader(tutorList)
        var dates = try PostgresArrayReader(dateList)
        var minutes = try PostgresArrayReader(minuteList)
        var refs = try PostgresArrayReader(refList)
        var codes = try PostgresArrayReader(outcomeList)
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
}
