import Foundation
import SkillsTestSupport
import Testing

@Suite("Certificates")
struct CertificateTests {
    static let learners: [(ref: String, name: String, language: String)] = [
        ("L-AR", "محمد عبد الله", "ar"), ("L-BN", "রহিম উদ্দিন", "bn"), ("L-ZH", "王秀英", "zh"),
        ("L-VI", "Nguyễn Thị Lan", "vi"), ("L-CY", "Gwenllian Ŵyn", "cy"),
    ]

    /// A programme where every learner has completed module S1 (Being safe online: four outcomes).
    static func programme(largePrint: Bool = false) throws -> SkillsRunner {
        let runner = try SkillsRunner()
        try runner.succeed(["init", "--name", "Test Programme"])
        try runner.succeed(["centre", "add", "CARD-01", "--name", "Llyfrgell Llanrhystud Library", "--region", "W92000004"])
        try runner.succeed(["tutor", "add", "T-ALED", "--name", "Aled Rees", "--centre", "CARD-01", "--dbs-checked", "2024-01-15"])
        for learner in learners {
            try runner.succeed(
                [
                    "learner", "enrol", "--ref", learner.ref, "--name", learner.name, "--centre", "CARD-01", "--language", learner.language,
                    "--enrolled", "2026-09-01",
                ] + (largePrint ? ["--large-print"] : []))
        }
        try runner.succeed(
            ["session", "record", "--tutor", "T-ALED", "--minutes", "90", "--date", "2026-11-10"]
                + learners.flatMap { ["--learner", $0.ref] } + ["S1.1", "S1.2", "S1.3", "S1.4"].flatMap { ["--outcome", $0] })
        return runner
    }

    func certificate(_ runner: SkillsRunner, _ ref: String, ext: String = "pdf") throws -> URL {
        let folder = runner.folder.appendingPathComponent("out/CARD-01")
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).first {
                $0.hasPrefix("\(ref)-module-S1-") && $0.hasSuffix(".\(ext)")
            })
        return folder.appendingPathComponent(name)
    }

    func stripDirectionMarks(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !(0x202A...0x202E).contains($0.value) }))
    }

    @Test("names in five scripts read back exactly from the PDF, and each QR code decodes to text verify accepts")
    func scripts() throws {
        let runner = try Self.programme()
        let output = try runner.succeed(["certificate", "issue", "--all-eligible", "--out", "out", "--format", "pdf,png", "--dpi", "150"])
        #expect(output.contains("issued 5 certificate(s)"))
        for learner in Self.learners {
            let pdf = try certificate(runner, learner.ref)
            let text = stripDirectionMarks(try Command.run("/usr/bin/pdftotext", ["-enc", "UTF-8", pdf.path, "-"]).stdout)
            #expect(
                text.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == learner.name },
                "\(learner.name) not found in \(text)")
            let qr = try Command.run("/usr/bin/zbarimg", ["--raw", "-q", try certificate(runner, learner.ref, ext: "png").path]).stdout
                .trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(qr.hasPrefix("DS2."))
            let verified = try runner.run(["certificate", "verify", qr])
            #expect(
                verified.status == 0 && verified.stdout.contains("VALID") && verified.stdout.contains(learner.name),
                "\(verified.stdout)\(verified.stderr)")
            let byFile = try runner.run(["certificate", "verify", pdf.path])
            #expect(byFile.status == 0, "\(byFile.stdout)")
        }
    }

    @Test("with a verify address configured, the QR code opens it and still carries what offline verification needs")
    func verifyURL() throws {
        let runner = try SkillsRunner()
        try runner.succeed(["init", "--name", "Test Programme", "--verify-url", "https://skills.example.org/verify"])
        try runner.succeed(["centre", "add", "CARD-01", "--name", "Cardiff Central Library", "--region", "W92000004"])
        try runner.succeed(["tutor", "add", "T-ALED", "--name", "Aled Rees", "--centre", "CARD-01", "--dbs-checked", "2024-01-15"])
        try runner.succeed([
            "learner", "enrol", "--ref", "L-VI", "--name", "Nguyễn Thị Lan", "--centre", "CARD-01", "--enrolled", "2026-09-01",
        ])
        try runner.succeed(
            ["session", "record", "--tutor", "T-ALED", "--learner", "L-VI", "--minutes", "60", "--date", "2026-11-10"]
                + ["S1.1", "S1.2", "S1.3", "S1.4"].flatMap { ["--outcome", $0] })
        try runner.succeed([
            "certificate", "issue", "--learner", "L-VI", "--kind", "module", "--out", "out", "--format", "png", "--dpi", "150",
        ])
        let qr = try Command.run("/usr/bin/zbarimg", ["--raw", "-q", try certificate(runner, "L-VI", ext: "png").path]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(qr.hasPrefix("https://skills.example.org/verify#DS2."), "\(qr)")
        let publicKey = runner.folder.appendingPathComponent("programme.pub")
        try runner.succeed(["key", "export-public"]).write(to: publicKey, atomically: true, encoding: .utf8)
        let offline = try runner.run(["certificate", "verify", qr, "--public-key", publicKey.path])
        #expect(offline.status == 0 && offline.stdout.contains("Withdrawals cannot be checked offline"), "\(offline.stdout)")
    }

    @Test("a Welsh-speaking learner's certificate is in Welsh")
    func welsh() throws {
        let runner = try Self.programme()
        try runner.succeed(["certificate", "issue", "--learner", "L-CY", "--kind", "module", "--out", "out"])
        let text = try Command.run("/usr/bin/pdftotext", ["-enc", "UTF-8", try certificate(runner, "L-CY").path, "-"]).stdout
        #expect(text.contains("Tystysgrif"))
        #expect(text.contains("Tachwedd 2026"))
        #expect(text.contains("Gwenllian Ŵyn"))
        #expect(text.contains("Canolfan: Llyfrgell Llanrhystud Library"))
    }

    @Test("a bilingual certificate shows both languages in full, and still verifies")
    func bilingual() throws {
        let runner = try Self.programme()
        try runner.succeed(["certificate", "issue", "--learner", "L-CY", "--kind", "module", "--language", "bilingual", "--out", "out"])
        let pdf = try certificate(runner, "L-CY")
        let text = try Command.run("/usr/bin/pdftotext", ["-enc", "UTF-8", pdf.path, "-"]).stdout
        for wording in ["Tystysgrif Cyflawniad", "Certificate of Achievement", "Tachwedd 2026", "November 2026", "Gwenllian Ŵyn"] {
            #expect(text.contains(wording), "\(wording) is missing")
        }
        #expect(try runner.run(["certificate", "verify", pdf.path]).status == 0)
    }

    @Test("large print sets the body text at 18 pt or more")
    func largePrint() throws {
        let runner = try Self.programme(largePrint: true)
        try runner.succeed(["certificate", "issue", "--learner", "L-VI", "--kind", "module", "--out", "out"])
        let boxes = try Command.run("/usr/bin/pdftotext", ["-bbox", try certificate(runner, "L-VI").path, "-"]).stdout
        let certifies = try #require(boxes.split(separator: "\n").first { $0.contains(">certifies<") })
        let numbers = certifies.split(separator: "\"").compactMap { Double($0) }
        #expect(numbers.count >= 4 && numbers[3] - numbers[1] >= 18, "\(certifies)")
    }

    @Test("changing the name, an achievement or a date in the signed token fails verification, naming the fact")
    func tampering() throws {
        let runner = try Self.programme()
        try runner.succeed(["certificate", "issue", "--all-eligible", "--out", "out", "--format", "png", "--dpi", "150"])
        try runner.succeed([
            "session", "record", "--tutor", "T-ALED", "--learner", "L-VI", "--minutes", "30", "--date", "2026-11-12", "--outcome", "C1.1",
        ])
        try runner.succeed(["certificate", "issue", "--learner", "L-VI", "--kind", "progress", "--out", "out"])
        let module = try Command.run("/usr/bin/zbarimg", ["--raw", "-q", try certificate(runner, "L-VI", ext: "png").path]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let progressPDF = try #require(
            try FileManager.default.contentsOfDirectory(atPath: runner.folder.appendingPathComponent("out/CARD-01").path)
                .first { $0.hasPrefix("L-VI-progress-") && $0.hasSuffix(".pdf") })
        let keywords = try Command.run("/usr/bin/pdfinfo", [runner.folder.appendingPathComponent("out/CARD-01/" + progressPDF).path]).stdout
        let progress = try #require(keywords.split(separator: "\n").first { $0.hasPrefix("Keywords:") }?.split(separator: " ").last)
        let script = Paths.packageRoot.appendingPathComponent("Tests/SkillsEndToEndTests/Fixtures/certificate_tokens.py").path
        let edits: [(String, String, String)] = [
            (module, "name", "the learner's name"), (String(progress), "count", "the achievements"),
            (module, "issued", "the date"), (module, "achieved", "the date achieved"),
        ]
        for (token, field, fact) in edits {
            let forged = try Command.python([script, "field", token, field])
            try #require(forged.status == 0, "\(forged.stderr)")
            let output = try runner.run(["certificate", "verify", forged.stdout.trimmingCharacters(in: .whitespacesAndNewlines)])
            #expect(output.status == 1, "\(field): \(output.stdout)")
            #expect(output.stdout.hasPrefix("TAMPERED") && output.stdout.contains(fact), "\(field): \(output.stdout)")
        }
    }

    @Test("a revoked certificate fails verification with the reason")
    func revoked() throws {
        let runner = try Self.programme()
        try runner.succeed(["certificate", "issue", "--all-eligible", "--out", "out"])
        let pdf = try certificate(runner, "L-AR")
        let code = String(pdf.deletingPathExtension().lastPathComponent.split(separator: "-").last!)
        try runner.succeed(["certificate", "revoke", code, "--reason", "issued to the wrong learner"])
        let output = try runner.run(["certificate", "verify", pdf.path])
        #expect(output.status == 2)
        #expect(output.stdout.contains("REVOKED") && output.stdout.contains("issued to the wrong learner"))
        #expect(try runner.run(["certificate", "verify", "ZZZZ-ZZZZ-ZZZZ"]).status == 3)
    }

    @Test("a second --all-eligible run issues nothing; new achievements issue only what is new")
    func rerun() throws {
        let runner = try Self.programme()
        #expect(try runner.succeed(["certificate", "issue", "--all-eligible", "--out", "out"]).contains("issued 5"))
        #expect(try runner.succeed(["certificate", "issue", "--all-eligible", "--out", "out"]).contains("nothing was issued"))
        try runner.succeed(
            ["session", "record", "--tutor", "T-ALED", "--learner", "L-AR", "--minutes", "60", "--date", "2026-11-20"]
                + ["S2.1", "S2.2", "S2.3", "S2.4"].flatMap { ["--outcome", $0] })
        #expect(try runner.succeed(["certificate", "issue", "--all-eligible", "--out", "out"]).contains("issued 1"))
        let files = try FileManager.default.subpathsOfDirectory(atPath: runner.folder.appendingPathComponent("out").path).filter {
            $0.hasSuffix(".pdf")
        }
        #expect(files.count == 6)
    }

    @Test("the Open Badges 3.0 credential passes 1EdTech's schema and an independent EdDSA JWT check")
    func openBadge() throws {
        let schema = Paths.shared.appendingPathComponent("reference/openbadges/achievementcredential.schema.json")
        try #require(
            FileManager.default.fileExists(atPath: schema.path), "../shared/reference/openbadges is missing: the badge cannot be checked")
        let runner = try Self.programme()
        try runner.succeed(["certificate", "issue", "--all-eligible", "--out", "out"])
        let code = String(try certificate(runner, "L-BN").deletingPathExtension().lastPathComponent.split(separator: "-").last!)
        let badge = runner.folder.appendingPathComponent("badge.jwt").path
        try runner.succeed(["certificate", "badge", code, "--out", badge])
        let publicKey = runner.folder.appendingPathComponent("programme.pub")
        try runner.succeed(["key", "export-public"]).write(to: publicKey, atomically: true, encoding: .utf8)
        let checker = Paths.packageRoot.appendingPathComponent("Tests/SkillsEndToEndTests/Fixtures/check_badge.py").path
        let checked = try Command.python([checker, badge, schema.path, publicKey.path])
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        #expect(checked.stdout.contains("valid"))
        #expect(!(try String(contentsOfFile: badge, encoding: .utf8)).contains("রহিম"), "the learner's name must not be in clear")
    }
}
