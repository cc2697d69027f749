import Foundation
import SkillsTestSupport
import Testing

/// Every kind of certificate, in every language and print size, with the longest name promised: counted pages,
/// tagged PDFs, and the right counts read back with pdftotext.
@Suite("Certificate pages")
struct CertificatePageTests {
    static let longName = "Gwenllian Angharad Ŵyn-Llewelyn ap Rhys Hughes-Williams of Llanrhystud"

    /// Outcome totals per area and per module of the shipped curriculum, and the areas in order.
    static let curriculum: (areas: [(id: String, total: Int)], modules: [String: Int]) = {
        let yaml = (try? String(contentsOf: Paths.packageRoot.appendingPathComponent("Curricula/eds-life.yaml"), encoding: .utf8)) ?? ""
        var areas: [(id: String, total: Int)] = []
        var modules: [String: Int] = [:]
        var module = ""
        var inModules = false
        for line in yaml.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("modules:") { inModules = true }
            if line.hasPrefix("awards:") { inModules = false }
            if !inModules, line.hasPrefix("  - id: ") { areas.append((String(trimmed.dropFirst(6)), 0)) }
            if inModules, line.hasPrefix("  - id: ") { module = String(trimmed.dropFirst(6)) }
            if inModules, line.hasPrefix("      - id: ") {
                modules[module, default: 0] += 1
                let prefix = module.prefix(1)
                if let index = areas.firstIndex(where: { $0.id.uppercased().hasPrefix(prefix) }) { areas[index].total += 1 }
            }
        }
        return (areas, modules)
    }()

    @Test(
        "a 70-character name in normal and large print: one page for each module, area and progress certificate, at most two for the curriculum",
        arguments: ["en", "cy", "bilingual"])
    func onePage(language: String) throws {
        let preferred = language == "cy" ? "cy" : "en"
        let programme = try CertificateProgramme(learners: [
            ("L-N", Self.longName, preferred, false), ("L-L", Self.longName, preferred, true),
        ])
        let runner = programme.runner
        try runner.succeed(["certificate", "issue", "--all-eligible", "--language", language, "--out", "out"])
        for ref in ["L-N", "L-L"] {
            try runner.succeed(["certificate", "issue", "--learner", ref, "--kind", "progress", "--language", language, "--out", "out"])
        }
        let pdfs = try programme.pdfs()
        #expect(pdfs.count == 2 * (3 + 3 + 2 + 1 + 1), "module, area, curriculum and progress certificates for both learners")
        for pdf in pdfs {
            let name = pdf.lastPathComponent
            let pages = Int(try CertificateProgramme.info(pdf, "Pages")) ?? 0
            if name.contains("-curriculum-") {
                #expect((1...2).contains(pages), "\(name): \(pages) pages")
            } else {
                #expect(pages == 1, "\(name): \(pages) pages")
            }
            if pages == 2 {
                let second = try CertificateProgramme.text(pdf, page: 2)
                #expect(second.contains(Self.longName), "\(name): page 2 has no heading")
                #expect(second.contains("2 o 2") || second.contains("2 of 2"), "\(name): page 2 has no number")
                #expect(second.contains("3 o 11") || second.contains("3 of 11"), "\(name): page 2 does not hold the areas")
            }
            let text = try CertificateProgramme.text(pdf)
            #expect(text.contains(Self.longName), "\(name): the name is not printed whole")
            #expect(try CertificateProgramme.info(pdf, "Tagged") == "yes", "\(name)")
            #expect(try CertificateProgramme.info(pdf, "Title").contains(Self.longName), "\(name)")
            let verified = try runner.run(["certificate", "verify", pdf.path])
            #expect(verified.status == 0, "\(name): \(verified.stdout)")
        }
    }

    @Test("the tagged PDF sets its language and gives the QR code alternative text with the verification code")
    func accessibility() throws {
        let programme = try CertificateProgramme(learners: [("L-CY", "Gwenllian Ŵyn", "cy", false)])
        try programme.runner.succeed(["certificate", "issue", "--learner", "L-CY", "--kind", "module", "--out", "out"])
        let pdf = try #require(try programme.pdfs().first { $0.lastPathComponent.contains("-module-F1-") })
        let bytes = try Data(contentsOf: pdf)
        let latin = String(decoding: bytes.map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
        #expect(latin.contains("/Lang (cy-GB)"))
        #expect(latin.contains("/S /H1") || latin.contains("/S/H1"))
        #expect(latin.contains("/S /L") && latin.contains("/S /LI"))
        let code = String(pdf.deletingPathExtension().lastPathComponent.split(separator: "-").last!)
        let display = stride(from: 0, to: 12, by: 4).map { String(Array(code)[$0..<$0 + 4]) }.joined(separator: "-")
        let hex = display.utf16.map { String(format: "%04X", $0) }.joined()
        #expect(latin.contains("/Alt <FEFF") && latin.contains(hex), "the QR code's alternative text names \(display)")
    }

    @Test("each kind prints its own counts, the date achieved and the date issued")
    func counts() throws {
        let programme = try CertificateProgramme(learners: [("L-EN", "Mohammed Abdullah Rahmani", "en", false)])
        let runner = programme.runner
        try runner.succeed(["certificate", "issue", "--all-eligible", "--out", "out"])
        try runner.succeed(["certificate", "issue", "--learner", "L-EN", "--kind", "progress", "--out", "out"])
        let pdfs = try programme.pdfs()
        func text(_ marker: String) throws -> String {
            try CertificateProgramme.text(try #require(pdfs.first { $0.lastPathComponent.contains(marker) }, "\(marker)"))
        }
        let achieved = Set(CertificateProgramme.achieved)
        for (module, total) in Self.curriculum.modules where achieved.contains("\(module).1") && module.hasPrefix("F") {
            let page = try text("-module-\(module)-")
            #expect(page.contains("What I can do — \(total) of \(total)"), "\(page)")
            // "What I can do" heads the list; every outcome of the module follows, no more.
            #expect(page.components(separatedBy: "I can ").count - 2 == total, "\(page)")
            #expect(!page.contains("Skill areas"))
        }
        let area = try text("-area-safe-legal-")
        let safeTotal = try #require(Self.curriculum.areas.first { $0.id == "safe-legal" }).total
        #expect(area.contains("\(safeTotal) of \(safeTotal)"), "\(area)")
        var counted: [String] = []
        for (id, total) in Self.curriculum.areas {
            let done = CertificateProgramme.achieved.filter { $0.hasPrefix(id.prefix(1).uppercased()) }.count
            counted.append("\(done) of \(total)")
        }
        let complete = Self.curriculum.areas.filter { area in
            CertificateProgramme.achieved.filter { $0.hasPrefix(area.id.prefix(1).uppercased()) }.count == area.total
        }.count
        let curriculum = try text("-curriculum-")
        #expect(curriculum.contains("Skill areas completed: \(complete) of \(Self.curriculum.areas.count)"), "\(curriculum)")
        let progress = try text("-progress-")
        for count in counted {
            #expect(curriculum.contains(count), "curriculum: \(count)")
            #expect(progress.contains(count), "progress: \(count)")
        }
        for page in [area, curriculum, progress] {
            #expect(page.contains("Achieved on 10 November 2026") && page.contains("Issued on 26 November 2026"), "\(page)")
        }
    }
}
