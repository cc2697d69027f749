import Foundation

/// UTC ISO 8601 timestamps, the one text form of an instant in every store.
public enum Timestamp {
    /// An instant as `2026-11-26T09:30:00Z`.
    public static func string(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false).timeZone(separator: .omitted))
    }
}
