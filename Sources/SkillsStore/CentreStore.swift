import Foundation
import SkillsCore

/// Centres, where learning happens.
public protocol CentreStore: Sendable {
    func addCentre(_ centre: Centre, by authorisation: Authorisation) async throws
    /// Every centre, by ref.
    func centres() async throws -> [Centre]
    /// One centre, or `ServiceError.unknown`.
    func centre(_ ref: String) async throws -> Centre
}
