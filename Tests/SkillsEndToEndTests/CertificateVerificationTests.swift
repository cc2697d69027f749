import Foundation
import SkillsTestSupport
import Testing

/// The QR code a phone scans, the static verify page in a real browser, and certificates from the older format.
@Suite("Certificate verification")
struct CertificateVerificationTests {
    static let verifyURL = "https://skills.example.org/verify"
    static let fixtures = Paths.packageRoot.appendingPathComponent("Tests/SkillsEndToEndTests/Fixtures")

    /// The QR code of a PDF's first page rendered at `dpi`: its text as zbarimg reads it, and the symbol measured.
    static func scan(_ pdf: URL, dpi: Int = 100) throws -> (payload: String, symbol: QRSymbolImage) {
        let prefix = pdf.deletingPathExtension().path + "-scan"
        _ = try Command.run("/usr/bin/pdftoppm", ["-png", "-r", "\(dpi)", "-f", "1", "-l", "1", "-singlefile", pdf.path, prefix])
        _ = try Command.run("/usr/bin/pdftoppm", ["-gray", "-r", "\(dpi)", "-f", "1", "-l", "1", "-singlefile", pdf.path, prefix])
        let payload = try Command.run("/usr/bin/zbarimg", ["--raw", "-q", prefix + ".png"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let symbol = try #require(QRSymbolImage(pgm: try Data(contentsOf: URL(fileURLWithPath: prefix + ".pgm"))))
        return (payload, symbol)
    }

    @Test("a typical certificate's QR code is an https address, version 10 or lower, at least 25 mm wide, read at 100 dpi")
    func typicalQRCode() throws {
        let programme = try CertificateProgramme(learners: [("L-EN", "Mohammed Abdullah Rahmani", "en", false)], verifyURL: Self.verifyURL)
        let issued = try programme.runner.run(["certificate", "issue", "--learner", "L-EN", "--kind", "module", "--out", "out"])
        #expect(!issued.stderr.contains("warning"), "a programme with an address is not warned")
        for pdf in try programme.pdfs() {
            let (payload, symbol) = try Self.scan(pdf)
            #expect(payload.hasPrefix(Self.verifyURL + "#DS2."), "\(payload)")
            #expect(payload.count <= 400, "payload of \(payload.count) characters")
            #expect(symbol.version <= 10, "\(pdf.lastPathComponent): version \(symbol.version), payload \(payload.count) characters")
            #expect(symbol.sidePixels / 100 * 25.4 >= 25, "printed \(symbol.sidePixels / 100 * 25.4) mm wide")
            let verified = try programme.runner.run(["certificate", "verify", payload])
            #expect(verified.status == 0 && verified.stdout.contains("Mohammed Abdullah Rahmani"), "\(verified.stdout)")
            print("QR \(pdf.lastPathComponent): version \(symbol.version), \(payload.count) characters")
        }
    }

    @Test("a 70-character name in Welsh large print still gives a QR code of version 13 or lower that scans at 100 dpi")
    func longestQRCode() throws {
        let name = CertificatePageTests.longName
        let programme = try CertificateProgramme(learners: [("L-CY", name, "cy", true)], verifyURL: Self.verifyURL)
        try programme.runner.succeed(["certificate", "issue", "--learner", "L-CY", "--out", "out"])
        for pdf in try programme.pdfs() {
            let (payload, symbol) = try Self.scan(pdf)
            #expect(payload.hasPrefix(Self.verifyURL + "#DS2."), "\(pdf.lastPathComponent): '\(payload)'")
            #expect(symbol.version <= 13, "\(pdf.lastPathComponent): version \(symbol.version)")
            print("QR \(pdf.lastPathComponent): version \(symbol.version), \(payload.count) characters")
        }
    }

    @Test("without an address the QR code holds the token, the page prints the code, and issue warns once saying how")
    func noAddress() throws {
        let programme = try CertificateProgramme(learners: [("L-EN", "Margaret Jones", "en", false)])
        let issued = try programme.runner.run(["certificate", "issue", "--all-eligible", "--out", "out"])
        #expect(issued.status == 0)
        #expect(issued.stderr.components(separatedBy: "warning:").count - 1 == 1, "\(issued.stderr)")
        #expect(issued.stderr.contains("skills programme set --verify-url"))
        let pdf = try #require(try programme.pdfs().first)
        let (payload, _) = try Self.scan(pdf)
        #expect(payload.hasPrefix("DS2."))
        let code = String(pdf.deletingPathExtension().lastPathComponent.split(separator: "-").last!)
        #expect(try CertificateProgramme.text(pdf).contains(String(code.prefix(4)) + "-"))
        let bad = try programme.runner.run(["programme", "set", "--verify-url", "http://skills.example.org/verify"], as: "test-tutor")
        #expect(bad.status == 64 && bad.stderr.contains("'http://skills.example.org/verify'"), "\(bad.stderr)")
        try programme.runner.succeed(["programme", "set", "--verify-url", Self.verifyURL])
        try programme.runner.succeed(["certificate", "issue", "--learner", "L-EN", "--kind", "progress", "--out", "out"])
        let progress = try #require(try programme.pdfs().first { $0.lastPathComponent.contains("-progress-") })
        #expect(try Self.scan(progress).payload.hasPrefix(Self.verifyURL + "#DS2."))
    }

    /// A format 1 token for the programme, signed with its key the way older releases did.
    static func legacyToken(_ runner: SkillsRunner, code: String, learner: String) throws -> String {
        let facts = """
            {"v":1,"id":"0f8fad5b-d9cb-469f-a165-70867728950e","c":"\(code)","k":"module","s":"F1",\
            "t":"Getting started with a device","n":"\(learner)","a":["foundation:4/10"],"d":"2025-06-02",\
            "ce":"Cardiff Central Library","r":"Wales","i":"Cardiff Libraries Digital Champions","cv":"eds-life@1"}
            """
        let script = Self.fixtures.appendingPathComponent("certificate_tokens.py").path
        let output = try Command.run(
            "/usr/bin/env", ["python3", script, "legacy", runner.database + ".signing-key"], input: Data(facts.utf8))
        guard output.status == 0 else { throw RunnerError("legacy token: \(output.stderr)") }
        return output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("a certificate in the older format still verifies with the CLI, offline and against the database")
    func legacyCLI() throws {
        let programme = try CertificateProgramme(learners: [("L-EN", "Margaret Jones", "en", false)])
        let runner = programme.runner
        let token = try Self.legacyToken(runner, code: "7Q4K9XZ2M3PD", learner: "Margaret Jones")
        let publicKey = runner.folder.appendingPathComponent("programme.pub")
        try runner.succeed(["key", "export-public"]).write(to: publicKey, atomically: true, encoding: .utf8)
        let offline = try runner.run(["certificate", "verify", token, "--public-key", publicKey.path])
        #expect(
            offline.status == 0 && offline.stdout.contains("Margaret Jones") && offline.stdout.contains("2025-06-02"), "\(offline.stdout)")
        // The database's record of it, as the older release stored it.
        let facts = try Command.run(
            "/usr/bin/env",
            [
                "python3", "-c",
                "import base64,sys; t=sys.argv[1].split('.')[1]; sys.stdout.buffer.write(base64.b32decode(t + '=' * (-len(t) % 8)))", token,
            ]
        ).stdout
        let hexFacts = Data(facts.utf8).map { String(format: "%02x", $0) }.joined()
        let signature = try Command.run(
            "/usr/bin/env",
            [
                "python3", "-c", "import base64,sys; t=sys.argv[1].split('.')[2]; print(base64.b32decode(t + '=' * (-len(t) % 8)).hex())",
                token,
            ]
        ).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let insert = """
            INSERT INTO certificates (id, code, learner_id, kind, subject, due_key, facts, signature, key_id, language, large_print,
              file_path, state, issued_at, audit_id)
            VALUES ('0f8fad5b-d9cb-469f-a165-70867728950e', '7Q4K9XZ2M3PD', (SELECT id FROM learners WHERE ref = 'L-EN'), 'module',
              'F1', 'module:old-F1', X'\(hexFacts)', X'\(signature)', (SELECT id FROM signing_keys), 'en', 0,
              '/old/place/L-EN-module-F1.pdf', 'issued', '2025-06-02', (SELECT max(id) FROM audit_log));
            """
        let inserted = try Command.run("/usr/bin/sqlite3", [runner.database, insert])
        #expect(inserted.status == 0, "\(inserted.stderr)")
        let online = try runner.run(["certificate", "verify", token])
        #expect(online.status == 0 && online.stdout.contains("not been withdrawn"), "\(online.stdout)\(online.stderr)")
        let byCode = try runner.run(["certificate", "verify", "7Q4K-9XZ2-M3PD"])
        #expect(byCode.status == 0, "\(byCode.stdout)")
    }

    @Test("the verify page in headless Chromium: VALID for a real certificate, NOT VALID with one fact changed, VALID for the older format")
    func verifyPage() throws {
        let programme = try CertificateProgramme(
            learners: [("L-EN", "Mohammed Abdullah Rahmani", "en", false)], verifyURL: Self.verifyURL)
        let runner = programme.runner
        try runner.succeed(["certificate", "issue", "--learner", "L-EN", "--kind", "module,curriculum", "--out", "out"])
        let page = runner.folder.appendingPathComponent("site/verify")
        try runner.succeed(["certificate", "verify-page", "--out", page.path])
        let files = try FileManager.default.contentsOfDirectory(atPath: page.path).sorted()
        #expect(files == ["index.html", "verify-data.js", "verify.css", "verify.js"])
        let html = try String(contentsOf: page.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!html.contains("<script>") && !html.contains("style="), "no inline script or style")
        let pdfs = try programme.pdfs()
        let module = try #require(pdfs.first { $0.lastPathComponent.contains("-module-F1-") })
        let curriculum = try #require(pdfs.first { $0.lastPathComponent.contains("-curriculum-") })
        func token(_ pdf: URL) throws -> String {
            let payload = try CertificateProgramme.info(pdf, "Keywords")
            let start = try #require(payload.range(of: "DS2."))
            return String(payload[start.lowerBound...])
        }
        let real = try token(module)
        let tampered = try Command.python([
            Self.fixtures.appendingPathComponent("certificate_tokens.py").path, "tamper", real, "Rahmani", "Rahmana",
        ])
        .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let legacy = try Self.legacyToken(runner, code: "7Q4K9XZ2M3PD", learner: "Margaret Jones")
        let checker = Self.fixtures.appendingPathComponent("check_verify_page.py").path
        let output = try Command.python([checker, page.path, real, tampered, legacy, try token(curriculum)])
        try #require(output.status == 0, "\(output.stderr)")
        let results = output.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        try #require(results.count == 4, "\(output.stdout)")
        func facts(_ result: [String: Any]) -> [String: String] { result["facts"] as? [String: String] ?? [:] }

        #expect(results[0]["verdict"] as? String == "VALID")
        #expect(facts(results[0])["fact-name"] == "Mohammed Abdullah Rahmani")
        #expect(facts(results[0])["fact-award"] == "Getting started with a device")
        #expect(facts(results[0])["fact-achieved"] == "10 November 2026")
        #expect(facts(results[0])["fact-issued"] == "26 November 2026")
        #expect(facts(results[0])["fact-centre"] == "Cardiff Central Library")
        #expect(facts(results[0])["fact-skills"]?.contains("I can turn on a device and sign in.") == true)
        #expect((results[0]["withdrawal"] as? String)?.contains("withdrawn can only be checked online") == true)
        #expect(results[0]["verdict_cy"] as? String == "DILYS")
        #expect((results[0]["skills_cy"] as? String)?.contains("Gallaf droi dyfais ymlaen a mewngofnodi.") == true)
        #expect(results[0]["focused"] as? String == "verdict", "the verdict takes focus so a screen reader reads it")
        #expect(results[0]["live"] as? String == "polite")
        #expect(results[0]["scripts_inline"] as? Int == 0)

        #expect(results[1]["verdict"] as? String == "NOT VALID", "\(results[1])")
        #expect(facts(results[1]).isEmpty, "a forged certificate's facts are not shown as if true")

        #expect(results[2]["verdict"] as? String == "VALID", "\(results[2])")
        #expect(facts(results[2])["fact-name"] == "Margaret Jones")
        #expect(facts(results[2])["fact-issued"] == "2 June 2025")

        #expect(results[3]["verdict"] as? String == "VALID")
        #expect(facts(results[3])["fact-skills"]?.contains("Skill areas completed: 2 of 6") == true, "\(facts(results[3]))")
    }
}
