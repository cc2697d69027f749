import Foundation
import SkillsTestSupport
import Testing

@Suite("PostgreSQL: large session imports set the foreign keys aside", .enabled(if: StoreKinds.available.contains("postgres")))
struct PostgresBulkImportTests {
    /// Each foreign key on `sessions`: name, definition and whether it is checked for every stored row.
    static let keys = """
        SELECT conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated FROM pg_constraint
        WHERE conrelid = 'sessions'::regclass AND contype = 'f' ORDER BY conname
        """
    /// The keys' row ids, which change only when a key is dropped and added again.
    static let keyIDs = "SELECT string_agg(oid::text, ',' ORDER BY conname) FROM pg_constraint WHERE conrelid = 'sessions'::regclass"

    @Test("a large import puts back exactly the keys it set aside; a small one beside many stored sessions leaves them")
    func keysComeBack() throws {
        try StoreKinds.withRunner("postgres") { runner in
            _ = try ProgrammeFixture.standard(runner)
            let keys = try runner.query(Self.keys)
            #expect(keys.split(separator: "\n").count == 3)
            #expect(!keys.contains(" false"))
            let ids = try runner.query(Self.keyIDs)

            let rows = (1...20).map { "B\($0),2026-11-02,L-MOH,T-ALED,30,in-person,," }
            #expect(try runner.succeed(["import", "sessions", file(runner, "large.csv", rows)]).contains("20 new"))
            #expect(try runner.query(Self.keys) == keys)
            #expect(try runner.query(Self.keyIDs) != ids, "the keys were set aside and put back")

            let afterLarge = try runner.query(Self.keyIDs)
            #expect(
                try runner.succeed(["import", "sessions", file(runner, "small.csv", ["C1,2026-11-03,L-GWEN,T-ALED,45,phone,,"])]).contains(
                    "1 new"))
            #expect(try runner.query(Self.keyIDs) == afterLarge, "one session beside twenty is checked row by row")

            let orphan =
                "INSERT INTO sessions (ref, learner_id, tutor_id, date, minutes, mode, audit_id) "
                + "SELECT 'X', 999999, tutor_id, date, minutes, mode, audit_id FROM sessions LIMIT 1"
            #expect(throws: (any Error).self, "the keys put back still refuse a session for no learner") {
                try runner.query(orphan)
            }
        }
    }

    private func file(_ runner: SkillsRunner, _ name: String, _ rows: [String]) throws -> String {
        let path = runner.folder.appendingPathComponent(name).path
        try Data(([ImportTests.sessionHeader] + rows).joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
