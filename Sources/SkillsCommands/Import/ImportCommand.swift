import ArgumentParser
import Foundation
import SkillsCore
import SkillsStore

/// `skills import KIND FILE`: a whole CSV file in, all or nothing, never counted twice.
struct ImportCommand: ParsableCommand {
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

    func run() throws {
        let kind: ImportKind = try Arguments.choice(kind, flag: "kind")
        let store = try programme.openStore(for: .importData)
        let summary = try CSVFileImport.run(
            store: store, kind: kind, path: file, dryRun: dryRun, allowOtherCentre: allowOtherCentre, actor: programme.actorName)
        CSVFileImport.report(summary, file: file)
        if !summary.problems.isEmpty { throw ExitCode(UserError.Kind.data.rawValue) }
    }
}

/// Runs an import from a file on disk, with a progress bar on a terminal; shared by `import` and `demo`.
enum CSVFileImport {
    /// Imports one file; fails with one line if it cannot be opened.
    static func run(
        store: ProgrammeStore, kind: ImportKind, path: String, dryRun: Bool, allowOtherCentre: Bool, actor: String
    ) throws -> ImportSummary {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw UserError(.noInput, "cannot open '\(path)' — check the path and that the file exists")
        }
        defer { try? handle.close() }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        var bar = ProgressLine(total: size, label: "\(kind.rawValue) from \((path as NSString).lastPathComponent)")
        let summary = try BulkImport(store: store, kind: kind, allowOtherCentre: allowOtherCentre).run(
            file: path, dryRun: dryRun, by: actor,
            nextChunk: {
                let data = try handle.read(upToCount: 1 << 20) ?? Data()
                return data.isEmpty ? nil : [UInt8](data)
            },
            progress: { bytes, rows in bar.update(done: bytes, rows: rows) })
        bar.finish()
        return summary
    }

    /// Prints the problems (FILE:LINE:COLUMN) to standard error and the summary to standard output.
    static func report(_ summary: ImportSummary, file: String) {
        for problem in summary.problems.first { Terminal.standardError("\(file):\(problem)") }
        if summary.problems.count > summary.problems.first.count {
            Terminal.standardError("… and \(summary.problems.count - summary.problems.first.count) more problem(s)")
        }
        let rate = summary.seconds > 0 ? Int(Double(summary.rowsRead) / summary.seconds) : 0
        let figures =
            "\(summary.rowsRead) rows read, \(summary.inserted) new, \(summary.alreadyPresent) already present, in \(String(format: "%.2f", summary.seconds)) s (\(rate) rows/s)"
        if !summary.problems.isEmpty {
            Terminal.standardError(
                "error: \(summary.problems.count) problem(s) in \(file); nothing was imported — fix them and import the file again")
        } else if summary.dryRun {
            print("dry run of \(file): \(figures); nothing was written")
        } else {
            print("imported \(file): \(figures)")
        }
    }
}
