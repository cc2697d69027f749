import Foundation

/// How repeated failed sign-ins for one name slow that name down.
///
/// Four failures in a row cost nothing, so a person who mistypes is not punished; from the fifth, each further
/// attempt waits twice as long as the last (30 seconds, 1 minute, 2 minutes …, at most 15 minutes), which makes
/// guessing a password by trying hopeless without locking the real person out for long.
public enum SignInThrottle {
    /// Failures in a row allowed before attempts are slowed down.
    public static let freeFailures = 4
    /// The first wait, in seconds.
    public static let firstDelay: TimeInterval = 30
    /// The longest wait, in seconds.
    public static let longestDelay: TimeInterval = 15 * 60

    /// When the next attempt may be made after `failures` failures in a row, the last at `lastFailure`; nil when
    /// an attempt may be made at once.
    public static func nextAttempt(failures: Int, lastFailure: Date?) -> Date? {
        guard failures > freeFailures, let lastFailure else { return nil }
        let doublings = min(failures - freeFailures - 1, 16)
        let delay = min(firstDelay * pow(2, Double(doublings)), longestDelay)
        return lastFailure.addingTimeInterval(delay)
    }
}
