import Foundation

/// Files the fuzz targets read once at start-up, found from this source file so any working directory works.
public enum RepositoryFiles {
    /// The repository's root folder.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The text of a file under the repository root; stops the run when it is missing, since every input would be
    /// fuzzed against the wrong thing.
    public static func text(_ path: String) -> String {
        guard let text = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) else {
            fatalError("fuzz set-up: cannot read \(path) under \(root.path)")
        }
        return text
    }
}
