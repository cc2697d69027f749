import Foundation

/// Writes a file the user named, never replacing one without `--force`, and says plainly when it cannot.
enum OutputFile {
    /// Refuses a path that already holds a file, unless the user said `--force`.
    static func checkFree(_ path: String, force: Bool) throws {
        if !force, FileManager.default.fileExists(atPath: path) {
            throw UserError(.usage, "'\(path)' already exists — choose another file, or add --force to replace it")
        }
    }

    /// Writes the whole file at once, or fails with one line naming it.
    static func write(_ data: Data, to path: String, force: Bool) throws {
        try checkFree(path, force: force)
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw UserError(.noInput, "cannot write '\(path)' — check the folder exists and you may write to it")
        }
    }
}
