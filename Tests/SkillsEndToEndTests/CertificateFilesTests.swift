import Foundation
import SkillsTestSupport
import Testing

/// Certificate files belong to the output folder they were issued into, and to the database that issued them.
@Suite("Certificate files")
struct CertificateFilesTests {
    func sqlite(_ database: String, _ query: String) throws -> [String] {
        try Command.run("/usr/bin/sqlite3", [database, query]).stdout.split(separator: "\n").map(String.init)
    }

    @Test("paths are stored relative to the output folder; erasing on a copy of the database deletes none of the original's files")
    func copyNeverDeletes() throws {
        let programme = try CertificateProgramme(learners: [
            ("L-EN", "Margaret Jones", "en", false), ("L-CY", "Gwenllian Ŵyn", "cy", false),
        ])
        let runner = programme.runner
        try runner.succeed(["certificate", "issue", "--all-eligible", "--out", "out", "--format", "pdf,png", "--dpi", "40"])
        let stored = try sqlite(runner.database, "SELECT output_folder || '|' || file_path FROM certificates")
        #expect(!stored.isEmpty)
        for row in stored {
            #expect(!row.contains("|/") && !row.hasPrefix("/"), "an absolute path is stored: \(row)")
            #expect(row.hasPrefix("out|CARD-01/"), "\(row)")
        }
        let originals = try programme.pdfs()
        let margaret = originals.filter { $0.lastPathComponent.hasPrefix("L-EN-") }
        #expect(!margaret.isEmpty)

        // A copy of the database (and its key) elsewhere, as someone might make to try something out.
        let copy = runner.folder.appendingPathComponent("copy")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        _ = try Command.run("/usr/bin/sqlite3", [runner.database, ".backup '\(copy.appendingPathComponent("programme.sqlite").path)'"])
        let erasedOnCopy = try runner.run([
            "learner", "erase", "L-EN", "--reason", "test", "--yes", "--db", copy.appendingPathComponent("programme.sqlite").path,
        ])
        #expect(erasedOnCopy.status == 0, "\(erasedOnCopy.stderr)")
        #expect(erasedOnCopy.stdout.contains("0 certificate file(s) deleted"), "\(erasedOnCopy.stdout)")
        for file in originals { #expect(FileManager.default.fileExists(atPath: file.path), "the copy deleted \(file.lastPathComponent)") }

        // Even a copy beside the original, whose relative folder names the very same files.
        let twin = runner.folder.appendingPathComponent("twin.sqlite").path
        _ = try Command.run("/usr/bin/sqlite3", [runner.database, ".backup '\(twin)'"])
        let erasedOnTwin = try runner.run(["learner", "erase", "L-EN", "--reason", "test", "--yes", "--db", twin])
        #expect(erasedOnTwin.stdout.contains("0 certificate file(s) deleted"), "\(erasedOnTwin.stdout)")
        for file in originals { #expect(FileManager.default.fileExists(atPath: file.path)) }

        // The original deletes its own files of that learner, PDFs and PNGs, and nobody else's.
        let erased = try runner.run(["learner", "erase", "L-EN", "--reason", "test", "--yes"])
        #expect(erased.status == 0 && !erased.stdout.contains(" 0 certificate file(s)"), "\(erased.stdout)")
        for file in margaret {
            #expect(!FileManager.default.fileExists(atPath: file.path))
            #expect(!FileManager.default.fileExists(atPath: file.deletingPathExtension().appendingPathExtension("png").path))
        }
        for file in originals where !margaret.contains(file) { #expect(FileManager.default.fileExists(atPath: file.path)) }
    }

    @Test("issuing from another database into a folder this one owns is refused, naming the folder")
    func foreignFolder() throws {
        let programme = try CertificateProgramme(learners: [("L-EN", "Margaret Jones", "en", false)])
        let runner = programme.runner
        try runner.succeed(["certificate", "issue", "--all-eligible", "--out", "out"])
        let twin = runner.folder.appendingPathComponent("twin.sqlite").path
        _ = try Command.run("/usr/bin/sqlite3", [runner.database, ".backup '\(twin)'"])
        try FileManager.default.copyItem(atPath: runner.database + ".signing-key", toPath: twin + ".signing-key")
        try runner.succeed([
            "session", "record", "--tutor", "T-ALED", "--learner", "L-EN", "--minutes", "30", "--date", "2026-11-20", "--outcome", "C1.4",
        ])
        let refused = try runner.run(["certificate", "issue", "--learner", "L-EN", "--kind", "progress", "--out", "out", "--db", twin])
        #expect(refused.status == 65, "\(refused.stdout)\(refused.stderr)")
        #expect(refused.stderr.contains("out") && refused.stderr.contains("choose another --out folder"), "\(refused.stderr)")
    }
}
