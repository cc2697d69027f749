import Foundation
import SkillsTestSupport
import Testing

@Suite(
    "PostgreSQL: large session imports set the keys and indexes aside", .enabled(if: StoreKinds.available.contains("postgres")))
struct PostgresBulkImportTests {
    /// Each foreign key on `sessions`: name, definition and whether it is checked for every stored row.
    static let keys = """
        SELECT conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated FROM pg_constraint
        WHERE conrelid = 'sessions'::regclass AND contype = 'f' ORDER BY conname
        """
    /// The keys' row ids, which change only when a key is dropped and added again.
    static let keyIDs = "SELECT string_agg(oid::text, ',' ORDER BY conname) FROM pg_constraint WHERE conrelid = 'sessions'::regclass"
    /// Every index on `sessions`, as PostgreSQL would create it again.
    static let indexes = "SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE tablename = 'sessions' ORDER BY indexname"
    /// The indexes' ids, which change only when an index is dropped and built again.
    static let indexIDs = "SELECT string_agg(indexrelid::text, ',' ORDER BY indexrelid) FROM pg_index WHERE indrelid = 'sessions'::regclass"
    /// How many ids the sessions' id sequence hands a connection at once.
    static let idCache = "SELECT seqcache FROM pg_sequence WHERE seqrelid = pg_get_serial_sequence('sessions', 'id')::regclass"

    @Test("a large import puts back exactly the keys and indexes it set aside; a small one beside many stored sessions leaves them")
    func keysComeBack() throws {
        try StoreKinds.withRunner("postgres") { runner in
            _ = try ProgrammeFixture.standard(runner)
            let keys = try runner.query(Self.keys)
            #expect(keys.split(separator: "\n").count == 3)
            #expect(!keys.contains(" false"))
            let indexes = try runner.query(Self.indexes)
            #expect(indexes.contains("UNIQUE INDEX") && indexes.contains("sessions_by_ref"))
            let ids = try runner.query(Self.keyIDs)
            let indexIDs = try runner.query(Self.indexIDs)

            #expect(try runner.succeed(["import", "sessions", file(runner, "large.csv", Self.rows(1...20))]).contains("20 new"))
            #expect(try runner.query(Self.keys) == keys)
            #expect(try runner.query(Self.indexes) == indexes)
            #expect(try runner.query(Self.keyIDs) != ids, "the keys were set aside and put back")
            #expect(try runner.query(Self.indexIDs) != indexIDs, "the indexes were set aside and built again")
            #expect(try runner.query(Self.idCache) == "1\n", "ids are taken one at a time again")

            let afterLarge = try runner.query(Self.keyIDs)
            let indexesAfterLarge = try runner.query(Self.indexIDs)
            #expect(
                try runner.succeed(["import", "sessions", file(runner, "small.csv", ["C1,2026-11-03,L-GWEN,T-ALED,45,phone,,"])]).contains(
                    "1 new"))
            #expect(try runner.query(Self.keyIDs) == afterLarge, "one session beside twenty is checked row by row")
            #expect(try runner.query(Self.indexIDs) == indexesAfterLarge)

            let orphan =
                "INSERT INTO sessions (ref, learner_id, tutor_id, date, minutes, mode, audit_id) "
                + "SELECT 'X', 999999, tutor_id, date, minutes, mode, audit_id FROM sessions LIMIT 1"
            #expect(throws: (any Error).self, "the keys put back still refuse a session for no learner") {
                try runner.query(orphan)
            }
            let twice =
                "INSERT INTO sessions (ref, learner_id, tutor_id, date, minutes, mode, audit_id) "
                + "SELECT ref, learner_id, tutor_id, date, minutes, mode, audit_id FROM sessions LIMIT 1"
            #expect(throws: (any Error).self, "the unique key built again still refuses a learner's session twice") {
                try runner.query(twice)
            }
        }
    }

    @Test("refs are compared byte by byte, as in SQLite, whatever the database's collation")
    func refsCompareByteByByte() throws {
        try StoreKinds.withRunner("postgres") { runner in
            _ = try ProgrammeFixture.standard(runner)
            let collations = try runner.query(
                """
                SELECT string_agg(table_name || ' ' || coalesce(collation_name, 'the database''s'), ', ' ORDER BY table_name)
                FROM information_schema.columns
                WHERE column_name = 'ref' AND table_name IN ('centres', 'tutors', 'learners', 'sessions')
                """)
            #expect(collations == "centres C, learners C, sessions C, tutors C\n")
        }
    }

    @Test(
        "rows already stored are counted and a changed one is reported at its line, whether the copy breaks the unique key as it is put back or as rows go in"
    )
    func storedRowsFound() throws {
        try StoreKinds.withRunner("postgres") { runner in
            _ = try ProgrammeFixture.standard(runner)
            let large = try file(runner, "large.csv", Self.rows(1...20))
            #expect(try runner.succeed(["import", "sessions", large]).contains("20 rows read, 20 new, 0 already present"))
            let indexes = try runner.query(Self.indexes)

            // Set aside, then found when the unique key is put back.
            #expect(try runner.succeed(["import", "sessions", large]).contains("20 rows read, 0 new, 20 already present"))
            let more = try file(runner, "more.csv", Self.rows(15...30))
            #expect(try runner.succeed(["import", "sessions", more]).contains("16 rows read, 10 new, 6 already present"))
            #expect(try runner.query("SELECT count(*) FROM sessions") == "30\n")
            #expect(try runner.query(Self.indexes) == indexes)

            // Not set aside (one row beside thirty), so found as the row goes in.
            let one = try file(runner, "one.csv", Self.rows(7...7))
            #expect(try runner.succeed(["import", "sessions", one]).contains("1 rows read, 0 new, 1 already present"))

            let before = try runner.databaseDump()
            var changed = Self.rows(31...32)
            changed.insert("B7,2026-11-02,L-MOH,T-ALED,50,in-person,,", at: 1)
            for (name, rows) in [("changed-small.csv", changed), ("changed-large.csv", changed + Self.rows(40...200))] {
                let output = try runner.run(["import", "sessions", try file(runner, name, rows)])
                #expect(output.status == 65, "\(output.stderr)")
                #expect(
                    output.stderr.contains(
                        "\(name):3:1: error: session 'B7' for learner 'L-MOH' already exists with different content: minutes '50' here but '30' already stored"
                    ), "\(output.stderr)")
                #expect(try runner.databaseDump() == before, "nothing of \(name) was written")
            }
            #expect(try runner.query(Self.indexes) == indexes)
        }
    }

    /// Rows `B<n>` for one learner with one tutor, thirty minutes each.
    static func rows(_ numbers: ClosedRange<Int>) -> [String] {
        numbers.map { "B\($0),2026-11-02,L-MOH,T-ALED,30,in-person,," }
    }

    private func file(_ runner: SkillsRunner, _ name: String, _ rows: [String]) throws -> String {
        let path = runner.folder.appendingPathComponent(name).path
        try Data(([ImportTests.sessionHeader] + rows).joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
