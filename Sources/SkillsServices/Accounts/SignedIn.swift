import Foundation
import SkillsCore
import SkillsStore

/// A session just started: the secret id the holder keeps (cookie or bearer token) and the stored session.
public struct SignedIn: Sendable {
    /// The session id, given to the holder once and stored only as its digest.
    public let token: String
    public let session: WebSession

    /// When the session ends at the latest.
    public var expires: Date { WebSessionLifetime.expiry(started: session.started) }
}
