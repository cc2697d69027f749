import Foundation
import SkillsTestSupport
import Testing

/// Every example in `--help` does what it says: each is run, as written, in one programme built up by the examples
/// themselves, on a terminal (so the erasure example can be answered) from a shell (so quotes and `$(…)` work).
@Suite("Help examples")
struct HelpExamplesTests {
    /// The certificate code, file and image the certificate examples name, replaced by real ones once issued.
    static let placeholderCode = "7Q4K-9XZ2-M3PD"
    static let placeholderFile = "certificates/CARD-01/L000001-module-S1-7Q4K9XZ2M3PD.pdf"
    static let placeholderHead = "3fa29c07d1e4"
    /// The PostgreSQL database the move example names, replaced by a throwaway one on the test server.
    static let placeholderDatabase = "postgres://skills@db.example.org/skills?sslmode=require"

    /// The examples in the order a programme's life needs them; `prepare` runs before the example it is paired with.
    static let scenario: [(prepare: String?, example: String)] = [
        (nil, #"skills init --name "Cardiff Libraries Digital Champions""#),
        (nil, "skills curriculum list --json"),
        (nil, "skills curriculum show eds-life"),
        ("mkdir -p Curricula && cp \(root)/Curricula/eds-life.yaml Curricula/", "skills curriculum load Curricula/eds-life.yaml"),
        (nil, "skills region list"),
        ("cp \(root)/Reports/regions/uk-itl1.csv my-regions.csv", "skills region load my-regions.csv"),
        (nil, #"skills centre add CARD-01 --name "Cardiff Central Library" --region W92000004 --local-authority Cardiff"#),
        (nil, "skills centre list --json"),
        (
            #"skills centre add LEED-02 --name "Leeds Hub" --region "Yorkshire and The Humber""#,
            "skills centre set-local-authority LEED-02 Leeds"
        ),
        (nil, #"skills tutor add T-ALED --name "Aled Rees" --centre CARD-01 --dbs-checked 2024-01-15 --trained 2024-02-01"#),
        (nil, "skills tutor list --centre CARD-01"),
        (nil, "skills tutor show T-ALED --json"),
        (nil, "skills tutor update T-ALED --dbs-checked 2026-11-20"),
        (nil, "skills tutor expiring --within 60"),
        (
            #"skills learner enrol --name "Dewi Prys" --centre CARD-01 && skills learner enrol --name "Siân Lloyd" --centre CARD-01"#,
            #"skills learner enrol --name "Gwenllian Ŵyn" --centre CARD-01 --language cy --born 1948 --postcode SY23 --large-print"#
        ),
        (nil, "skills learner list --centre CARD-01 --status active"),
        (nil, "skills learner show L000001"),
        (nil, "skills learner update L000003 --large-print --language cy"),
        (nil, "skills learner withdraw L000003"),
        (nil, "skills learner consent L000001 --no-open-data --contact"),
        (nil, "skills session record --tutor T-ALED --learner L000001 --minutes 45 --outcome F1.1 --outcome F1.2"),
        (nil, "skills session record --tutor T-ALED --learner L000001 --learner L000002 --minutes 60 --outcome F1.3"),
        (nil, "skills session list --centre CARD-01 --from 2026-09-01 --to 2026-09-30"),
        (nil, #"skills session update S000001 --minutes 60 --reason "typed 6 for 60""#),
        (
            nil,
            #"skills session update S000001 --learner L000001 --outcome F1.1 --outcome F1.2 --reason "ticked the wrong box""#
        ),
        (nil, "skills progress L000001 --json"),
        (
            #"printf 'session_ref,date,learner_ref,tutor_ref,minutes,mode,outcomes,notes\nOCT-1,2026-11-26,L000002,T-ALED,30,in-person,F1.1,\n' > leeds-october.csv"#,
            "skills import sessions leeds-october.csv --dry-run"
        ),
        (
            "skills session record --tutor T-ALED --learner L000001 --minutes 30 --outcome F1.4",
            "skills certificate issue --all-eligible --out certificates"
        ),
        (nil, "skills certificate issue --learner L000001 --kind progress --out certificates --format pdf,png"),
        (nil, "skills certificate list L000001"),
        (nil, "skills key export-public > programme.pub"),
        (nil, "skills certificate verify \(placeholderCode)"),
        (nil, "skills certificate verify \(placeholderFile)"),
        (
            "cp \"$(ls certificates/CARD-01/*progress*.png | head -1)\" certificate.png",
            #"skills certificate verify "$(zbarimg --raw -q certificate.png)" --public-key programme.pub"#
        ),
        (nil, "skills certificate badge \(placeholderCode) --out badge.jwt"),
        (nil, #"skills certificate revoke \#(placeholderCode) --reason "issued to the wrong learner""#),
        (nil, "skills certificate verify-page --out site/verify"),
        (nil, #"skills session remove S000001 --reason "recorded twice""#),
        (nil, "skills programme set --verify-url https://skills.example.org/verify"),
        (nil, "skills report regional --period 2026-Q3 --out reports/2026-q3"),
        (nil, "skills report regional --period 2026-10 --region E12000003 --out reports/yorkshire"),
        (nil, "skills report tutors --from 2026-07-01 --out reports/tutors"),
        (nil, "skills actor add aled --role tutor --centre CARD-01"),
        (nil, "printf '%s' 'correct horse battery staple' | skills actor password aled --stdin"),
        (nil, "skills actor list --json"),
        (nil, "skills audit log --actor aled --from 2026-11-01"),
        (nil, "skills audit verify --expect-head \(placeholderHead)"),
        (nil, "skills retention apply --older-than 3y --dry-run"),
        (nil, "skills learner export L000001 --out L000001.json"),
        (nil, #"skills learner erase L000002 --on 2027-01-31 --reason "end of course, as agreed on 26 Nov 2026""#),
        (nil, "skills learner erasures"),
        (nil, #"skills learner erase L000002 --cancel --reason "changed their mind""#),
        (nil, #"skills learner erase L000001 --reason "learner's request, 26 Nov 2026""#),
        (nil, "skills backup --out backups/programme-2026-11-26.sqlite"),
        (nil, "skills restore backups/programme-2026-11-26.sqlite --db programme.sqlite"),
        (nil, "skills migrate-store --from programme.sqlite --to \(placeholderDatabase)"),
        // The server runs until it is stopped: it must say where it listens, then stop cleanly on SIGTERM.
        (nil, "skills serve --port 8080 --public-url https://skills.example.org"),
        (
            "openssl req -x509 -newkey rsa:2048 -nodes -keyout privkey.pem -out fullchain.pem -days 2 -subj /CN=127.0.0.1 2>/dev/null",
            "skills serve --port 8443 --tls-cert fullchain.pem --tls-key privkey.pem"
        ),
        // The demo builds a programme of its own, so it runs where there is none yet.
        (
            "rm -f main.sqlite main.sqlite-wal main.sqlite-shm main.sqlite.signing-key",
            "skills demo --learners 2000 --seed 7 --files demo-data"
        ),
    ]

    static var root: String { Paths.packageRoot.path }

    /// Every example line in the help texts: after a label such as `Example:` or on the lines below it.
    static func examplesInHelp() throws -> [String] {
        let dump = try Command.run(Paths.skillsBinary, ["--experimental-dump-help"])
        let tree = try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as! [String: Any]
        var examples: [String] = []
        func walk(_ command: [String: Any]) {
            for line in (command["discussion"] as? String ?? "").split(separator: "\n") {
                guard let match = line.firstMatch(of: /^\s*(?:[A-Za-z][\w ,]*:)?\s+((?:printf [^|]*\|\s*)?skills .*)$/) else { continue }
                examples.append(String(match.1).trimmingCharacters(in: .whitespaces))
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { walk(sub) }
        }
        walk(tree["command"] as! [String: Any])
        return examples
    }

    @Test("every example in the help texts runs and succeeds, and the list here is exactly theirs")
    func everyExampleRuns() throws {
        #expect(Set(try Self.examplesInHelp()) == Set(Self.scenario.map(\.example)), "the help's examples and this test's differ")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("skills-examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bin = URL(fileURLWithPath: Paths.skillsBinary).deletingLastPathComponent().path
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = bin + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["SKILLS_DB"] = folder.appendingPathComponent("main.sqlite").path
        environment["SKILLS_TODAY"] = "2026-11-26"
        environment["SKILLS_ACTOR"] = nil
        environment["USER"] = "coordinator"
        environment["COLUMNS"] = "80"
        var replacements: [String: String] = [:]
        func shell(_ command: String) throws -> SkillsRunner.Output {
            // script(1) gives the command a terminal; the answer is the learner's ref, which only the erasure reads.
            try Command.run(
                "/usr/bin/script", ["-qec", command, "/dev/null"], environment: environment, in: folder, input: Data("L000001\n".utf8))
        }
        let database = try PostgresTestDatabase.server.map { _ in try PostgresTestDatabase() }
        defer { try? database?.drop() }
        if let database { replacements[Self.placeholderDatabase] = database.url }
        for (prepare, example) in Self.scenario {
            // Without a PostgreSQL server to move to, the move example cannot run here (scripts/test.sh starts one).
            if example.hasPrefix("skills migrate-store"), database == nil { continue }
            if let prepare {
                let prepared = try shell(prepare)
                try #require(prepared.status == 0, "preparing `\(example)`: \(prepared.stdout)")
            }
            var command = example
            for (placeholder, real) in replacements { command = command.replacingOccurrences(of: placeholder, with: real) }
            if example.hasPrefix("skills serve") {
                // Any free port, as 8080 may be taken here; `timeout` sends SIGTERM after four seconds.
                let served = try shell("timeout -s TERM 4 " + command.replacing(/--port \d+/, with: "--port 0"))
                let scheme = example.contains("--tls-cert") ? "https" : "http"
                #expect(served.status == 124 && served.stdout.contains("listening on \(scheme)://127.0.0.1:"), "\(served.stdout)")
                continue
            }
            let output = try shell(command)
            #expect(output.status == 0, "`\(command)` exited \(output.status): \(output.stdout)")
            if example.hasPrefix("skills certificate list") {
                let listed = try Command.run(
                    Paths.skillsBinary, ["certificate", "list", "L000001", "--json"], environment: environment, in: folder)
                let module = try #require(
                    (try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])?.first {
                        $0["kind"] as? String == "module"
                    })
                replacements[Self.placeholderCode] = module["code"] as? String
                replacements[Self.placeholderFile] = (module["file"] as? String)
            }
            if example.hasPrefix("skills audit log") {
                let verified = try Command.run(Paths.skillsBinary, ["audit", "verify"], environment: environment, in: folder).stdout
                let head = try #require(verified.firstMatch(of: /[0-9a-f]{64}/))
                replacements[Self.placeholderHead] = String(head.output.prefix(12))
            }
        }
        // The group example recorded the outcome for both learners.
        let progress = try Command.run(Paths.skillsBinary, ["progress", "L000002", "--json"], environment: environment, in: folder)
        #expect(progress.stdout.contains("F1.3"))
    }
}
