import Foundation
import SkillsTestSupport

/// A programme whose learners have earned every kind of certificate: all of Foundation (three modules and the
/// area) and of Being safe and legal online, three outcomes in each other area (so the curriculum award), recorded
/// on 2026-11-10 and issued on 2026-11-26.
struct CertificateProgramme {
    let runner: SkillsRunner

    /// The outcome ids the learners achieved, read from the shipped curriculum.
    static let achieved: [String] = {
        let yaml = (try? String(contentsOf: Paths.packageRoot.appendingPathComponent("Curricula/eds-life.yaml"), encoding: .utf8)) ?? ""
        let ids = yaml.split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("- id: "), line.hasPrefix("      ") else { return nil }
            return String(trimmed.dropFirst("- id: ".count))
        }
        return ids.filter { id in
            id.hasPrefix("F") || id.hasPrefix("S")
                || ["C1.1", "C1.2", "C1.3", "H1.1", "H1.2", "H1.3", "T1.1", "T1.2", "T1.3", "P1.1", "P1.2", "P1.3"].contains(id)
        }
    }()

    /// Sets up the programme and enrols one learner per entry (ref, name, language, large print).
    init(learners: [(ref: String, name: String, language: String, largePrint: Bool)], verifyURL: String? = nil) throws {
        runner = try SkillsRunner()
        try runner.succeed(["init", "--name", "Cardiff Libraries Digital Champions"] + (verifyURL.map { ["--verify-url", $0] } ?? []))
        try runner.succeed(["centre", "add", "CARD-01", "--name", "Cardiff Central Library", "--region", "W92000004"])
        try runner.succeed(["tutor", "add", "T-ALED", "--name", "Aled Rees", "--centre", "CARD-01", "--dbs-checked", "2024-01-15"])
        for learner in learners {
            try runner.succeed(
                [
                    "learner", "enrol", "--ref", learner.ref, "--name", learner.name, "--centre", "CARD-01", "--language", learner.language,
                    "--enrolled", "2026-09-01",
                ] + (learner.largePrint ? ["--large-print"] : []))
        }
        try runner.succeed(
            ["session", "record", "--tutor", "T-ALED", "--minutes", "120", "--date", "2026-11-10"]
                + learners.flatMap { ["--learner", $0.ref] } + Self.achieved.flatMap { ["--outcome", $0] })
    }

    /// The PDFs issued into `out/CARD-01`, by file name.
    func pdfs(in folder: String = "out") throws -> [URL] {
        let directory = runner.folder.appendingPathComponent(folder).appendingPathComponent("CARD-01")
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".pdf") }.sorted()
            .map { directory.appendingPathComponent($0) }
    }

    /// pdftotext's text of a PDF (or of one page), whitespace runs collapsed to one space.
    static func text(_ pdf: URL, page: Int? = nil) throws -> String {
        let pages = page.map { ["-f", "\($0)", "-l", "\($0)"] } ?? []
        let raw = try Command.run("/usr/bin/pdftotext", pages + ["-enc", "UTF-8", pdf.path, "-"]).stdout
        return raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A field of `pdfinfo`'s report (`Pages`, `Tagged`, `Title`, `Keywords`).
    static func info(_ pdf: URL, _ field: String) throws -> String {
        let report = try Command.run("/usr/bin/pdfinfo", [pdf.path]).stdout
        let line = report.split(separator: "\n").first { $0.hasPrefix(field + ":") } ?? ""
        return line.dropFirst(field.count + 1).trimmingCharacters(in: .whitespaces)
    }
}
