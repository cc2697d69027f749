import Foundation
import SkillsCore

/// What reports read.
public protocol ReportStore: Sendable {
    /// The regional report's input for `request`, read in one snapshot with one pass over the sessions, tallied as it
    /// is read.
    func reportInput(curriculum: Curriculum, request: RegionalRequest) async throws -> ReportInput
    /// Each tutor's delivered sessions and minutes between two days (both included).
    func tutorHours(from: Day?, to: Day?) async throws -> [TutorHours]
}
