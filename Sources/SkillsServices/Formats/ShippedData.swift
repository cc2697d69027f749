import Foundation
import SkillsCore

/// Finds the files shipped beside the code: `Curricula/` and `Reports/`.
enum ShippedData {
    /// The folder holding `Curricula/` and `Reports/`: $SKILLS_HOME, else the nearest parent of the executable or
    /// of the current directory that holds them.
    static func home() throws -> URL {
        if let home = ProcessInfo.processInfo.environment["SKILLS_HOME"] {
            return URL(fileURLWithPath: home)
        }
        let starts = [
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent(),
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        ]
        for start in starts {
            var folder = start.standardizedFileURL
            while folder.path != "/" {
                if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Curricula").path),
                    FileManager.default.fileExists(atPath: folder.appendingPathComponent("Reports/regions").path)
                {
                    return folder
                }
                folder.deleteLastPathComponent()
            }
        }
        throw ServiceError.file(.shippedDataMissing)
    }

    /// The shipped curriculum files, by name.
    static func curriculumFiles() throws -> [URL] {
        let folder = try home().appendingPathComponent("Curricula")
        guard let files = try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil) else {
            throw ServiceError.file(.shippedDataMissing)
        }
        return files.filter { ["yaml", "yml"].contains($0.pathExtension) }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The shipped UK regions file.
    static func regionsFile() throws -> URL {
        try home().appendingPathComponent("Reports/regions/uk-itl1.csv")
    }

    /// The shipped table of current UK local authorities, for drill-down below a region.
    static func localAuthoritiesFile() throws -> URL {
        try home().appendingPathComponent("Reports/regions/uk-local-authorities.csv")
    }
}
