import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices
import SkillsStore

/// `skills import KIND FILE`: a whole CSV file in, all or nothing, never counted twice.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import centres, tutors, learners or sessions from a CSV file: all rows or none.",
        discussion: """
            Example:  skills import sessions leeds-october.csv --dry-run
            Files are UTF-8 CSV (Excel's "CSV UTF-8" is fine) with a header row; the columns are in docs/import-formats.md.
            Every problem is listed as FILE:LINE:COLUMN; importing the same file again changes nothing.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "What the file holds: centres, tutors, learners or sessions.") var kind: String
    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "Check every row and report, but write nothing.") var dryRun = false
    @Flag(help: "Accept sessions whose tutor is at another centre than the learner.") var allowOtherCentre = false
    @Option(help: ArgumentHelp("How dates are written: iso (2026-01-15, the default) or uk (15/01/2026).", valueName: "format"))
    var dateFormat = "iso"

    func validate() throws {
        guard ["iso", "uk"].contains(dateFormat.lowercased()) else {
            throw ValidationError("--date-format '\(dateFormat)' is not one of: iso, uk")
        }
    }

    func run() async throws {
        let kind: ImportKind = try Arguments.choice(kind, flag: "kind")
        let summary = try await CSVFileImport.run(
            ImportService(try await programme.services()), kind: kind, path: file, dryRun: dryRun, allowOtherCentre: allowOtherCentre,
            dayFirstDates: dateFormat.lowercased() == "uk",
            actor: programme.actorName)
        CSVFileImport.report(summary, file: file)
        if !summary.problems.isEmpty { throw ExitCode(UserError.Kind.data.rawValue) }
    }
}
