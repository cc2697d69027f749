import Foundation

/// Where the package, the built binary and the shared reference files are.
public enum Paths {
    /// The package's root folder.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `skills` binary built beside the test bundle.
    public static var skillsBinary: String {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [beside, beside.deletingLastPathComponent(), packageRoot.appendingPathComponent(".build/debug")] {
            let candidate = folder.appendingPathComponent("skills").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return packageRoot.appendingPathComponent(".build/debug/skills").path
    }

    /// The shared reference folder beside the project (`../shared`).
    public static let shared: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
}
