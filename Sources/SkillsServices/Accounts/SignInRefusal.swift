import Foundation

/// Why a sign-in was refused. Deliberately vague about which half was wrong, so a stranger cannot learn who has an
/// account.
public enum SignInRefusal: Error, Equatable, Sendable {
    /// The name and password do not match an account, or the code is unknown, used or expired.
    case wrongNameOrPassword
    /// Too many failures in a row for this name: the next attempt may be made at this instant.
    case slowedDown(until: Date)
}
