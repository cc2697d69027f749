import Foundation
import SkillsCore

/// Reading a whole small text file (a curriculum, a regions table) with a clear error when it cannot be read.
enum TextFile {
    /// The file's text; fails with one line if it is missing or not UTF-8.
    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ServiceError.file(.cannotRead(path: path))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ServiceError.file(.notUTF8(path: path))
        }
        return text
    }
}
