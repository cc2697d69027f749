import Foundation
import SkillsCore

/// Centres, where learning happens.
public protocol CentreStore: Sendable {
    func addCentre(_ centre: Centre, by authorisation: Authorisation) async throws
    /// Records a centre's local authority (a name from the reference table), replacing what it had.
    func setLocalAuthority(of ref: String, to authority: String, by authorisation: Authorisation) async throws
    /// Every centre, by ref.
    func centres() async throws -> [Centre]
    /// One centre, or `ServiceError.unknown`.
    func centre(_ ref: String) async throws -> Centre
}
