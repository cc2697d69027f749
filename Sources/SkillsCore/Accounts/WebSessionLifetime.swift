import Foundation

/// How long a signed-in session lasts: 12 hours at most, and 30 minutes without a request ends it sooner, so a
/// shared library PC left signed in is safe again soon after the tutor walks away.
public enum WebSessionLifetime {
    /// The longest a session lasts, whatever happens.
    public static let longest: TimeInterval = 12 * 3600
    /// How long a session lasts with no request.
    public static let idle: TimeInterval = 30 * 60
    /// How stale the last-seen time may grow before a request refreshes it: refreshing on every request would add a
    /// write to every read.
    public static let refreshAfter: TimeInterval = 60

    /// Whether a session started at `started` and last used at `lastSeen` is still live at `now`.
    public static func isLive(started: Date, lastSeen: Date, now: Date) -> Bool {
        now < expiry(started: started) && now.timeIntervalSince(lastSeen) < idle
    }

    /// When a session started at `started` ends at the latest.
    public static func expiry(started: Date) -> Date { started.addingTimeInterval(longest) }
}
