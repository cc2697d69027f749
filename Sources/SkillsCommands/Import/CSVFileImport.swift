import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices
import SkillsStore

/// Runs an import from a file on disk with a progress bar on a terminal, and prints what it found; shared by
/// `import` and `demo`.
enum CSVFileImport {
    /// Imports one file.
    static func run(
        _ service: ImportService, kind: ImportKind, path: String, dryRun: Bool, allowOtherCentre: Bool, dayFirstDates: Bool = false,
        actor: String
    ) async throws -> ImportSummary {
        var bar: ProgressLine?
        let summary = try await service.importFile(
            path, kind: kind, dryRun: dryRun, allowOtherCentre: allowOtherCentre, dayFirstDates: dayFirstDates, by: actor
        ) {
            bytes, size, rows in
            if bar == nil {
                bar = ProgressLine(total: size, label: "\(kind.rawValue) from \((path as NSString).lastPathComponent)", unit: "rows")
            }
            bar?.update(done: bytes, count: rows)
        }
        bar?.finish()
        return summary
    }

    /// Prints the problems (FILE:LINE:COLUMN) to standard error and the summary to standard output.
    static func report(_ summary: ImportSummary, file: String) {
        for problem in summary.problems.first { Terminal.standardError("\(file):\(line(problem))") }
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

    /// One problem as `LINE:COLUMN: error: …`, worded with the command or flag that helps when there is one.
    private static func line(_ problem: ImportProblem) -> String {
        guard let reference = problem.reference else { return problem.description }
        return "\(problem.line):\(problem.column): error: \(reference.userError.message)"
    }
}
