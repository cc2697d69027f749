import Foundation
import SkillsCore

/// The curricula shipped with `skills`, for checking compact certificates without a programme database.
enum ShippedCurricula {
    /// The shipped curriculum with this id and version, or nil.
    static func lookup(_ id: String, _ version: Int) -> Curriculum? {
        for file in ShippedData.curricula {
            guard let curriculum = try? CurriculumYAML.read(file.text, file: file.path) else { continue }
            if curriculum.id == id && curriculum.version == version { return curriculum }
        }
        return nil
    }
}
