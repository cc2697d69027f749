import SkillsCore

/// A group session is several rows with one `session_ref`, and they must agree on its date, tutor, length and mode.
/// Rows of one session come together in a file, so remembering the last session seen is enough.
public struct GroupSessionRule: Sendable {
    /// The facts a group's rows share, in the terms the import's fast path has at hand.
    public struct Facts: Equatable, Sendable {
        public var date: Int
        public var tutor: Int64
        public var minutes: Int
        public var mode: Int

        public init(date: Day, tutor: Int64, minutes: Int, mode: SessionMode) {
            self.date = date.ordinal
            self.tutor = tutor
            self.minutes = minutes
            self.mode = SessionMode.allCases.firstIndex(of: mode)!
        }

        public init(date: Int, tutor: Int64, minutes: Int, mode: Int) {
            self.date = date
            self.tutor = tutor
            self.minutes = minutes
            self.mode = mode
        }
    }

    private var last: (ref: [UInt8], facts: Facts, line: Int)?

    public init() {}

    /// Nil when the row fits the session it belongs to, which is then remembered; otherwise the line of the first row
    /// of that session, which this row contradicts.
    public mutating func contradictedLine(ref: some Collection<UInt8>, _ facts: Facts, line: Int) -> Int? {
        if let last, last.ref.elementsEqual(ref) { return last.facts == facts ? nil : last.line }
        var bytes = last?.ref ?? []
        last = nil
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: ref)
        last = (bytes, facts, line)
        return nil
    }

    /// The problem a contradicting row gets.
    public static func problem(ref: String, firstLine: Int) -> String {
        "session '\(ref)' has a different date, tutor, length or mode here than on line \(firstLine); a group session shares them"
    }
}
