import Foundation
import SkillsCore

/// Reading a whole small text file (a curriculum, a regions table) with a clear error when it cannot be read.
enum TextFile {
    /// The file's text; fails with one line if it is missing or not UTF-8.
    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UserError(.noInput, "cannot read '\(path)' — check the path and that the file exists")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw UserError(.data, "'\(path)' is not UTF-8 text — save it as UTF-8 and try again")
        }
        return text
    }
}
