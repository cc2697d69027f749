/// A problem a person can fix: one line naming the value and what to do, with a process exit code.
struct UserError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of problem it was; decides the exit code (sysexits.h).
    enum Kind: Int32, Sendable {
        /// A malformed argument: a bad date, a negative duration (EX_USAGE).
        case usage = 64
        /// Data that does not fit: an unknown reference, a conflict, an invalid file (EX_DATAERR).
        case data = 65
        /// A file that cannot be opened (EX_NOINPUT).
        case noInput = 66
        /// An action the actor's role does not allow (EX_NOPERM).
        case permission = 77
    }

    let kind: Kind
    let message: String

    init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    var description: String { message }
}
