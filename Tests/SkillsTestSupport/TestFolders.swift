import Foundation

/// Temporary folders for tests, all inside one folder per test process that is removed when the process exits, so
/// repeated runs do not fill the disk with programmes, certificates and reports.
public enum TestFolders {
    /// The folder holding every folder this process makes.
    public static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skills-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: root)
        atexit { try? FileManager.default.removeItem(at: TestFolders.root) }
        return root
    }()

    /// A new, empty folder named after what it is for.
    public static func make(_ purpose: String) throws -> URL {
        let folder = root.appendingPathComponent("\(purpose)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
