import ArgumentParser
import Foundation
import SkillsCore
import SkillsRendering
import SkillsStore

/// `skills certificate issue`: every certificate newly due, drawn on all cores, never twice.
struct IssueCertificates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issue", abstract: "Issue every certificate that is newly due (a folder per centre).",
        discussion: """
            Examples:  skills certificate issue --all-eligible --out certificates
                       skills certificate issue --learner L00001 --kind progress --out certificates --format pdf,png
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

    func run() throws {
        let formats = Set(format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        guard !formats.isEmpty, formats.isSubset(of: ["pdf", "png"]) else {
            throw UserError(.usage, "--format '\(format)' must be pdf, png or pdf,png")
        }
        let allKinds: Set<String> = ["progress", "module", "area", "curriculum"]
        let kinds =
            kind.map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) }
            ?? (learner == nil ? ["module", "area", "curriculum"] : allKinds)
        guard kinds.isSubset(of: allKinds) else {
            throw UserError(.usage, "--kind '\(kind ?? "")' must list progress, module, area or curriculum")
        }
        let chosenLanguage: CertificatePage.Language? = try language.map {
            switch $0 {
            case "en": .english
            case "cy": .welsh
            case "bilingual": .bilingual
            default: throw UserError(.usage, "--language '\($0)' must be en, cy or bilingual")
            }
        }
        let store =
            try learner.map { try programme.openStore(for: .issueCertificates, learners: [$0]) }
            ?? programme.openStore(for: .manageProgramme)
        let signer = CertificateSigner(privateKey: try SigningKeyFile(database: programme.databasePath).load())
        let curriculum = try store.defaultCurriculum()
        let info = try store.programme()
        let issuer = CertificateIssuer(
            store: store, signer: signer,
            builder: CertificatePageBuilder(
                curriculum: curriculum, verifyURL: info.verifyURL, issuer: info.name,
                curricula: { try? store.curriculum(id: $0, version: $1) }),
            outputFolder: URL(fileURLWithPath: out), formats: formats, dpi: dpi, jobs: jobs, actor: programme.actorName)
        let resumed = try issuer.resume()
        if resumed > 0 { print("finished \(resumed) certificate(s) from an interrupted run") }

        let planner = CertificatePlanner(
            curriculum: curriculum, issuer: info.name, today: programme.clock.today, kinds: kinds, language: chosenLanguage)
        var random = SystemRandomNumberGenerator()
        let drafts = planner.drafts(
            holders: try store.certificateHolders(learner: learner), achieved: try store.achievedOutcomes(learner: learner),
            issued: try store.issuedDueKeys(), using: &random)
        if drafts.isEmpty { return print("no certificates are due; nothing was issued") }
        if info.verifyURL == nil {
            Terminal.standardError(
                "warning: no verify address is set, so the QR codes hold only the signed token and a phone cannot open them"
                    + " — publish the page from `skills certificate verify-page --out DIR`, then run"
                    + " `skills programme set --verify-url https://…/verify`")
        }
        let started = Date()
        var bar = ProgressLine(total: drafts.count, label: "certificates")
        let files = try issuer.issue(drafts) { done in bar.update(done: done, rows: done) }
        bar.finish()
        let seconds = Date().timeIntervalSince(started)
        print("issued \(files.count) certificate(s) in \(String(format: "%.1f", seconds)) s into \(out)/")
        if files.count <= 10 { for file in files { print("  \(file.path)") } }
    }
}
