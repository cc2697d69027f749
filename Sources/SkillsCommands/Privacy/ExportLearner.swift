import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices

/// `skills learner export REF --out FILE`: everything held about a learner, as documented JSON.
struct ExportLearner: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write everything held about a learner to a JSON file (access and portability).",
        discussion: "Example:  skills learner export L000001 --out L000001.json\nThe format is described in docs/data-rights.md.")

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The learner's reference.") var ref: String
    @Option(help: ArgumentHelp("Where to write the JSON.", valueName: "file")) var out: String
    @Flag(help: "Replace the file if it exists.") var force = false

    func run() async throws {
        try OutputFile.checkFree(out, force: force)
        let export = try await DataRightsService(try await programme.services()).export(ref, to: out, by: programme.actorName) { export in
            try OutputFile.write(try JSONFormat.encoder.encode(export), to: out, force: force)
        }
        print(
            "wrote everything held about \(ref) to \(out): \(export.sessions.count) sessions, \(export.certificates.count) certificates, \(export.auditEntries.count) audit entries"
        )
    }
}
