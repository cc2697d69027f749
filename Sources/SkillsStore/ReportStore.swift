import Foundation
import SkillsCore

/// What reports read.
public protocol ReportStore: Sendable {
    /// The regional report's input, read in one snapshot with one pass over the sessions.
    func reportInput(curriculum: Curriculum) async throws -> ReportInput
    /// Each tutor's delivered sessions and minutes between two days (both included).
    func tutorHours(from: Day?, to: Day?) async throws -> [TutorHours]
}
