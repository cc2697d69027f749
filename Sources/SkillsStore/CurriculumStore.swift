import Foundation
import SkillsCore

/// Curricula, versioned.
public protocol CurriculumStore: Sendable {
    /// Loads a validated curriculum: a new version when its content changed, nothing when it did not.
    func loadCurriculum(_ curriculum: Curriculum, by authorisation: Authorisation) async throws -> CurriculumLoad
    /// The newest version of every curriculum.
    func curriculumSummaries() async throws -> [CurriculumSummary]
    /// The newest version of one curriculum, or a given version.
    func curriculum(id: String, version: Int?) async throws -> Curriculum
    /// Every version of every curriculum, oldest first: signed certificates name the version they were issued under.
    func curriculumVersions() async throws -> [Curriculum]
    /// The programme's main curriculum: the first one loaded.
    func defaultCurriculum() async throws -> Curriculum
}
