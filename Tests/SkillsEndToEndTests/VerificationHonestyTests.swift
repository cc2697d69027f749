import Foundation
import SkillsRendering
import SkillsTestSupport
import Testing

/// Verification says exactly what it proves (issue 15, "things that lie").
@Suite("Verification that never claims more than it proves")
struct VerificationHonestyTests {
    /// A programme with one learner who achieved a module, and the certificate issued for it.
    static func issued() throws -> (SkillsRunner, pdf: String) {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        try runner.succeed([
            "session", "record", "--tutor", "T-ALED", "--learner", "L-GWEN", "--minutes", "60", "--date", "2026-11-20",
            "--outcome", "F1.1", "--outcome", "F1.2", "--outcome", "F1.3", "--outcome", "F1.4",
        ])
        try runner.succeed(["certificate", "issue", "--learner", "L-GWEN", "--kind", "module,progress", "--out", "certs", "--jobs", "1"])
        let files = FileManager.default.subpaths(atPath: runner.folder.appendingPathComponent("certs").path) ?? []
        let module = try #require(files.first { $0.contains("-module-") && $0.hasSuffix(".pdf") })
        return (runner, runner.folder.appendingPathComponent("certs/\(module)").path)
    }

    @Test("a forged page around a genuine token is not called genuine: the signed facts are printed and hidden text named")
    func forgedPage() throws {
        let (runner, genuine) = try Self.issued()
        let keywords = try Command.run("/usr/bin/pdfinfo", [genuine]).stdout.split(separator: "\n")
            .first { $0.hasPrefix("Keywords:") }.map { String($0.dropFirst("Keywords:".count)).trimmingCharacters(in: .whitespaces) }
        let token = try #require(keywords)
        // Mallory's page: his own name in large type, the genuine certificate's words in white 1-point text.
        let genuineText = try Command.run("/usr/bin/pdftotext", ["-enc", "UTF-8", genuine, "-"]).stdout
        var page = DisplayList(width: 842, height: 595)
        page.append(TextBox("Mallory Attacker", font: FontSpec(family: "Noto Sans", size: 40), x: 60, y: 200, width: 700))
        page.append(TextBox("Essential Digital Skills for Life", font: FontSpec(family: "Noto Sans", size: 24), x: 60, y: 280, width: 700))
        for (index, line) in genuineText.split(separator: "\n").enumerated() {
            page.append(
                TextBox(
                    String(line), font: FontSpec(family: "Noto Sans", size: 1), color: .white, x: 20, y: 20 + Double(index) * 2, width: 800)
            )
        }
        let forged = runner.folder.appendingPathComponent("forged.pdf")
        try CairoRenderer(pdfTitle: "Certificate", pdfKeywords: token).writePDF([page], to: forged)

        let output = try runner.run(["certificate", "verify", forged.path])
        #expect(output.status == 1, "\(output.stdout)")
        #expect(output.stdout.contains("issued to Gwenllian Ŵyn"), "\(output.stdout)")
        #expect(output.stdout.contains("check that the page shows exactly this"))
        #expect(output.stdout.contains("WARNING: the page holds text"), "\(output.stdout)")
        #expect(!output.stdout.lowercased().contains("page is genuine"))
        let honest = try runner.run(["certificate", "verify", genuine])
        #expect(honest.status == 0, "\(honest.stdout)")
        #expect(!honest.stdout.contains("WARNING"), "\(honest.stdout)")
    }

    @Test("a progress certificate verifies as progress so far, with its counts, never as the full award")
    func progressWording() throws {
        let (runner, _) = try Self.issued()
        let files = FileManager.default.subpaths(atPath: runner.folder.appendingPathComponent("certs").path) ?? []
        let progress = try #require(files.first { $0.contains("-progress-") && $0.hasSuffix(".pdf") })
        let output = try runner.succeed(["certificate", "verify", runner.folder.appendingPathComponent("certs/\(progress)").path])
        #expect(output.contains("for progress so far in Essential Digital Skills for Life: 4 of 62 outcomes"), "\(output)")
    }

    @Test("a certificate recorded but never drawn verifies as not issued")
    func pendingIsNotIssued() throws {
        let (runner, _) = try Self.issued()
        let code = try Command.run("/usr/bin/sqlite3", [runner.database, "SELECT code FROM certificates WHERE kind = 'module'"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try Command.run("/usr/bin/sqlite3", [runner.database, "UPDATE certificates SET state = 'pending' WHERE code = '\(code)'"])
        let output = try runner.run(["certificate", "verify", code])
        #expect(output.status == 3, "\(output.stdout)")
        #expect(output.stdout.hasPrefix("NOT ISSUED"), "\(output.stdout)")
    }
}
