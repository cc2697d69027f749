/// A problem a person can fix: one line naming the value and what to do, with a process exit code.
public struct UserError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of problem it was; decides the exit code (sysexits.h).
    public enum Kind: Int32, Sendable {
        /// A malformed argument: a bad date, a negative duration (EX_USAGE).
        case usage = 64
        /// Data that does not fit: an unknown reference, a conflict, an invalid file (EX_DATAERR).
        case data = 65
        /// A file that cannot be opened (EX_NOINPUT).
        case noInput = 66
        /// An action the actor's role does not allow (EX_NOPERM).
        case permission = 77
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    /// An unknown reference, with the nearest known one when there is a close match.
    public static func unknown(
        _ noun: String, _ value: String, known: some Sequence<String>, listCommand: String
    ) -> UserError {
        if let match = NearestMatch.best(for: value, among: known) {
            return UserError(.data, "no \(noun) '\(value)' — did you mean '\(match)'? (list them with `\(listCommand)`)")
        }
        return UserError(.data, "no \(noun) '\(value)' — list them with `\(listCommand)`")
    }
}
