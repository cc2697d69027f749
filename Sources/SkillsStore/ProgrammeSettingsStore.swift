import Foundation
import SkillsCore

/// The programme itself: its name, settings and secret salt.
public protocol ProgrammeSettingsStore: Sendable {
    /// Where the programme lives, for messages (a file path, or a database URL without its password).
    var location: String { get }
    /// Records the programme itself; fails if the store already holds one.
    func initialise(name: String, verifyURL: String?, by actor: String) async throws
    /// Sets the public address certificates' QR codes open; certificates issued from now on carry it.
    func setVerifyURL(_ url: String, by authorisation: Authorisation) async throws
    /// The programme's name and settings.
    func programme() async throws -> ProgrammeInfo
    /// The programme's secret salt for hashed learner identifiers, as hex.
    func identitySalt() async throws -> String
}
