import Foundation
import SkillsCore

/// Volunteer and staff tutors.
public protocol TutorStore: Sendable {
    func addTutor(_ tutor: Tutor, by authorisation: Authorisation) async throws
    /// Replaces a tutor's details, auditing what changed.
    func updateTutor(_ tutor: Tutor, by authorisation: Authorisation) async throws
    /// Tutors, optionally at one centre, by ref.
    func tutors(centre: String?) async throws -> [Tutor]
    /// Active tutors whose safeguarding check lapses on or before a day, or who have none recorded, by ref.
    func activeTutorsLapsing(by day: Day) async throws -> [Tutor]
    /// One tutor, or `ServiceError.unknown`.
    func tutor(_ ref: String) async throws -> Tutor
}
