import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices

/// `skills learner export REF --out FILE`: everything held about a learner, as documented JSON, and beside it a page
/// the learner can read.
struct ExportLearner: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write everything held about a learner: JSON to take elsewhere, and a page to read.",
        discussion: """
            Example:  skills learner export L000001 --out L000001.json
            Also writes L000001.html: the same facts in plain words, in the learner's language (Welsh or English),
            with why they are held, who has seen them and how to ask for erasure. The JSON format is described in
            docs/data-rights.md.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The learner's reference.") var ref: String
    @Option(help: ArgumentHelp("Where to write the JSON.", valueName: "file")) var out: String
    @Flag(help: "Replace the file if it exists.") var force = false

    func run() async throws {
        let page = (out as NSString).deletingPathExtension + ".html"
        guard page != out else { throw UserError(.usage, "--out '\(out)' names the JSON file; give it a .json name, such as L000001.json") }
        try OutputFile.checkFree(out, force: force)
        try OutputFile.checkFree(page, force: force)
        let service = DataRightsService(try await programme.services())
        let export = try await service.export(ref, to: out, by: programme.actorName) { export in
            try OutputFile.write(try JSONFormat.encoder.encode(export), to: out, force: force)
        }
        try OutputFile.write(Data(try await service.readableCopy(of: export).utf8), to: page, force: force)
        print(
            "wrote everything held about \(ref) to \(out): \(export.sessions.count) sessions, \(export.certificates.count) certificates, \(export.auditEntries.count) audit entries"
        )
        print("and a copy the learner can read: \(page)")
    }
}
