import Foundation

/// A signed-in session on the web door or the API, as the store keeps it.
public struct WebSession: Sendable, Equatable {
    /// Who a session acts for.
    public enum Holder: Sendable, Equatable {
        /// A registered actor (tutor, coordinator, administrator), by name.
        case actor(String)
        /// A learner who signed in with a one-time access code, by ref.
        case learner(String)
    }

    /// The SHA-256 digest (hex) of the session id; the id itself is only ever in the holder's cookie or token.
    public var digest: String
    public var holder: Holder
    /// The token every form of this session carries, checked on every POST.
    public var formToken: String
    public var started: Date
    public var lastSeen: Date

    public init(digest: String, holder: Holder, formToken: String, started: Date, lastSeen: Date) {
        self.digest = digest
        self.holder = holder
        self.formToken = formToken
        self.started = started
        self.lastSeen = lastSeen
    }
}
