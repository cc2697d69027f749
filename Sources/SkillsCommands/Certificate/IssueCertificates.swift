import ArgumentParser
import Foundation
import SkillsCore
import SkillsRendering
import SkillsServices

/// `skills certificate issue`: every certificate newly due, drawn on all cores, never twice.
struct IssueCertificates: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issue", abstract: "Issue every certificate that is newly due (a folder per centre).",
        discussion: """
            Examples:  skills certificate issue --all-eligible --out certificates
                       skills certificate issue --learner L000001 --kind progress --out certificates --format pdf,png
            Completion certificates (module, area, curriculum) follow the curriculum's award rules. A progress
            certificate is issued when asked for and the learner's progress changed since the last one.
            Running it again issues nothing twice; an interrupted run is finished first.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: "Only this learner.") var learner: String?
    @Flag(help: "Every learner with a certificate due.") var allEligible = false
    @Option(
        help: "Kinds to issue, comma-separated: progress, module, area, curriculum (default: the completion kinds; with --learner, all).")
    var kind: String?
    @Option(help: ArgumentHelp("Where to write the files (a folder per centre).", valueName: "dir")) var out: String
    @Option(help: "pdf, png, or pdf,png.") var format = "pdf"
    @Option(help: "Resolution of PNG files (300 for print, 96 for a preview).") var dpi = 300.0
    @Option(help: "How many certificates to draw at once (default: one per core).") var jobs = ProcessInfo.processInfo.activeProcessorCount
    @Option(help: "en, cy or bilingual (default: each learner's preferred language, Welsh for cy, else English).") var language: String?

    func validate() throws {
        if (learner == nil) == !allEligible { throw ValidationError("give either --learner REF or --all-eligible") }
        if jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
    }

    func run() async throws {
        let formats = Set(format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        let kinds =
            kind.map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) }
            ?? (learner == nil ? ["module", "area", "curriculum"] : CertificateService.kinds)
        let chosenLanguage: CertificatePage.Language? = try language.map {
            switch $0 {
            case "en": .english
            case "cy": .welsh
            case "bilingual": .bilingual
            default: throw UserError(.usage, "--language '\($0)' must be en, cy or bilingual")
            }
        }
        let programme = programme
        let workers = DrawingWorkers(count: jobs) { [out, dpi] shard, shards in
            DrawPendingCertificates.arguments(programme, out: out, formats: formats, dpi: dpi, shard: shard, shards: shards)
        }
        let request = CertificateService.IssueRequest(
            learner: learner, kinds: kinds, language: chosenLanguage, outputFolder: URL(fileURLWithPath: out), formats: formats, dpi: dpi,
            workers: workers)
        let started = Date()
        var bar: ProgressLine?
        let result = try await CertificateService(try await programme.services()).issue(
            request, signingKey: programme.signingKey, by: programme.actorName
        ) { done, total in
            if bar == nil { bar = ProgressLine(total: total, label: "issuing", unit: "certificates") }
            bar?.update(done: done, count: done)
        }
        bar?.finish()
        if !result.resumed.isEmpty {
            let folders = Set(result.resumed.map { $0.deletingLastPathComponent().deletingLastPathComponent().path }).sorted()
            print("finished \(result.resumed.count) certificate(s) from an interrupted run, into \(folders.joined(separator: ", "))")
        }
        defer { if !result.notDrawn.isEmpty { Self.reportNotDrawn(result.notDrawn) } }
        if result.files.isEmpty {
            print("no certificates are due; nothing was issued")
            return try Self.failIfNotDrawn(result.notDrawn)
        }
        if result.withoutVerifyAddress {
            Terminal.standardError(
                "warning: no verify address is set, so the QR codes hold only the signed token and a phone cannot open them"
                    + " — publish the page from `skills certificate verify-page --out DIR`, then run"
                    + " `skills programme set --verify-url https://…/verify`")
        }
        let seconds = Date().timeIntervalSince(started)
        print("issued \(result.files.count) certificate(s) in \(String(format: "%.1f", seconds)) s into \(out)/")
        if result.files.count <= 10 { for file in result.files { print("  \(file.path)") } }
        try Self.failIfNotDrawn(result.notDrawn)
    }

    /// Names each certificate that could not be drawn: the rest were issued, these wait for the next run.
    static func reportNotDrawn(_ files: [String]) {
        for file in files { Terminal.standardError("not drawn: \(file)") }
    }

    static func failIfNotDrawn(_ files: [String]) throws {
        guard !files.isEmpty else { return }
        throw UserError(
            .data,
            "\(files.count) certificate(s) could not be drawn and stay pending — fix what is named above and run the same command again")
    }
}
