import PostgresNIO
import SkillsStore

/// The centres, tutors and learners the regional report reads before the sessions, kept as PostgreSQL sent them: they
/// are read while the other connection numbers the group sessions, which the report builder needs first, and are
/// added again when the report needs a second pass. They grow with the learners, as the builder does, never with
/// the sessions.
struct PostgresReportRoster {
    private let centres: [PostgresRow]
    private let tutors: [PostgresRow]
    /// In id order.
    private let learners: [PostgresRow]

    init(_ connection: PostgresConnection) async throws {
        centres = try await connection.query(
            """
            SELECT id, ref, name, region_code, coalesce(nullif(trim(local_authority), ''), '(not recorded)') COLLATE "C" AS la
            FROM centres ORDER BY region_code COLLATE "C", la, ref COLLATE "C"
            """, logger: PostgresConnection.quiet
        ).collect()
        tutors = try await connection.query("SELECT id FROM tutors ORDER BY id", logger: PostgresConnection.quiet).collect()
        learners = try await connection.query(
            """
            SELECT id, centre_id, enrolled_on, status = 'withdrawn', coalesce(withdrawn_on, ''), open_data_consent FROM learners ORDER BY id
            """, logger: PostgresConnection.quiet
        ).collect()
    }

    /// Adds the places, tutors and learners, in the order the builder needs them.
    func add(to builder: inout ReportInputBuilder) throws {
        for row in centres {
            let (id, ref, name, region, authority) = try row.decode((Int64, String, String, String, String).self)
            builder.addCentre(id: id, ref: ref, name: name, region: region, authority: authority)
        }
        for row in tutors { builder.addTutor(id: try row.decode(Int64.self)) }
        for row in learners {
            let (id, centre, enrolled, withdrawn, withdrawnOn, consent) = try row.decode(
                (Int64, Int64, ByteBuffer, Bool, ByteBuffer, Bool).self)
            enrolled.withBytes { enrolled in
                withdrawnOn.withBytes { withdrawnOn in
                    builder.addLearner(
                        id: id, centre: centre, enrolled: enrolled, withdrawn: withdrawn, withdrawnOn: withdrawnOn, consent: consent)
                }
            }
        }
    }

    /// Learner ids in runs of `size` learners, in order, together covering every id.
    func runs(of size: Int) throws -> [Range<Int64>] {
        var runs: [Range<Int64>] = []
        var start = Int64.min
        for index in stride(from: size, to: learners.count, by: size) {
            let next = try learners[index].decode(Int64.self)
            runs.append(start..<next)
            start = next
        }
        runs.append(start..<Int64.max)
        return runs
    }
}
