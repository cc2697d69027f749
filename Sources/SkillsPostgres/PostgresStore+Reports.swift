import PostgresNIO
import SkillsCore
import SkillsStore

extension PostgresStore: ReportStore {
    /// How many learners' sessions one query of the regional report reads: enough that a query's own cost is small
    /// beside its rows, few enough that the runs read ahead stay a few megabytes.
    static let learnersPerRead = 4096

    /// The regional report's input for `request`, read in one snapshot on two connections (`PostgresReportReader`)
    /// through the same builder as SQLite's, so both stores give the same report.
    public func reportInput(curriculum: Curriculum, request: RegionalRequest) async throws -> ReportInput {
        try await reportInput(curriculum: curriculum, request: request, learnersPerRead: Self.learnersPerRead)
    }

    /// The regional report's input, reading `learnersPerRead` learners' sessions a query (tests make runs short).
    func reportInput(curriculum: Curriculum, request: RegionalRequest, learnersPerRead: Int) async throws -> ReportInput {
        let outcomes = OutcomeIndex(curriculum: curriculum)
        let regions = try await regions()
        return try await read { connection in
            try await PostgresReportReader.withHelper(connection, place: place, learnersPerRead: learnersPerRead) { reader in
                try await reader.reportInput(outcomes: outcomes, regions: regions, request: request)
            }
        }
    }

    /// Each tutor's delivered sessions and minutes between two days (both included), by centre then tutor.
    public func tutorHours(from: Day?, to: Day?) async throws -> [TutorHours] {
        try await read { connection in
            try await connection.rows(
                """
                SELECT t.*, c.ref AS centre_ref, c.name AS centre_name, count(s.ref) AS sessions, coalesce(sum(s.minutes), 0)::bigint AS minutes
                FROM tutors t JOIN centres c ON c.id = t.centre_id
                LEFT JOIN (SELECT tutor_id, ref, date, max(minutes) AS minutes FROM sessions
                           WHERE (\(from?.description)::text IS NULL OR date >= \(from?.description))
                             AND (\(to?.description)::text IS NULL OR date <= \(to?.description))
                           GROUP BY tutor_id, ref, date) s ON s.tutor_id = t.id
                GROUP BY t.id, c.ref, c.name ORDER BY c.ref, t.ref
                """
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
