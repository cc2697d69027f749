import Foundation
import SkillsCore

/// Volunteer and staff tutors.
public protocol TutorStore: Sendable {
    func addTutor(_ tutor: Tutor, by authorisation: Authorisation) async throws
    /// Replaces a tutor's details, auditing what changed.
    func updateTutor(_ tutor: Tutor, by authorisation: Authorisation) async throws
    /// Tutors, optionally at one centre, by ref.
    func tutors(centre: String?) async throws -> [Tutor]
    /// Active tutors whose safeguarding check lapses on or before a day, or who have none recorded: `limit` of them
    /// from `offset`, most urgent first (none recorded, then the soonest lapse, then by ref), and how many there are.
    /// A national programme has thousands, so a list shows a page and the count, read from the lapse index.
    func activeTutorsLapsing(by day: Day, limit: Int, offset: Int) async throws -> (tutors: [Tutor], total: Int)
    /// One tutor, or `ServiceError.unknown`.
    func tutor(_ ref: String) async throws -> Tutor
}
