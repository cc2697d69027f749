import SkillsCore

/// `TutorRowCheck` on bytes, for a row in plain form: every value already as it is stored (a ref, ISO dates, the role
/// in lower case), so a store can write the CSV bytes as they are without building a `String`. It takes only rows
/// `TutorRowCheck` accepts, with the same values; any other row goes to `TutorRowCheck`, which words the problems or
/// finds the stored form.
public struct PlainTutorCheck: Sendable {
    /// A plain row's values; the buffers point into the record and live only during `withRow`'s body.
    public struct Row {
        public let ref: UnsafeBufferPointer<UInt8>
        public let name: UnsafeBufferPointer<UInt8>
        public let centreID: Int64
        /// `volunteer` when the file gives none.
        public let role: UnsafeBufferPointer<UInt8>
        /// Each `YYYY-MM-DD`, or nil when the file gives none.
        public let dbsCheckedOn: UnsafeBufferPointer<UInt8>?
        public let dbsExpiresOn: UnsafeBufferPointer<UInt8>?
        public let trainedOn: UnsafeBufferPointer<UInt8>?
        /// When the safeguarding check lapses (`Tutor.effectiveDBSExpiry`).
        public let checkLapsesOn: Day?
    }

    /// The columns in `ImportKind.tutors` order.
    private enum Column: Int {
        case ref, name, centre, checkedOn, expiresOn, trainedOn, role
    }

    private let centres: ByteKeyTable<Int64>
    private let today: Day
    private let fields: PlainFields

    /// A check for the rows of a file with this header.
    public init(centres: [String: Int64], today: Day, header: CSVHeader) {
        self.centres = ByteKeyTable(centres)
        self.today = today
        fields = PlainFields(.tutors, header)
    }

    /// Runs `body` on the record's values when the row is plain; nil when it is not, or when `body` gives nil.
    public func withRow<T>(_ record: CSVRecord, _ body: (Row) throws -> T?) rethrows -> T? {
        try fields.read(record) { field -> T? in
            func value(_ column: Column) -> UnsafeBufferPointer<UInt8> { field[column.rawValue].bytes }
            /// An empty date is none (`.some(nil)`); a date not in plain form, or later than `latest`, is nil.
            func day(_ column: Column, notAfter latest: Day) -> (bytes: UnsafeBufferPointer<UInt8>, day: Day)?? {
                let bytes = value(column)
                if bytes.isEmpty { return .some(nil) }
                guard let day = Day(isoBytes: bytes), day <= latest else { return nil }
                return (bytes, day)
            }
            let ref = value(.ref)
            let name = value(.name)
            guard CurriculumValidator.isReference(ref), FieldRules.isPlainName(name),
                let centreID = centres.value(for: value(.centre)),
                let role = Self.role(value(.role)),
                let checked = day(.checkedOn, notAfter: today),
                let expires = day(.expiresOn, notAfter: Day(ordinal: Int.max / 4)),
                let trained = day(.trainedOn, notAfter: today)
            else { return nil }
            if let checked, let expires, expires.day <= checked.day { return nil }
            return try body(
                Row(
                    ref: ref, name: name, centreID: centreID, role: role, dbsCheckedOn: checked?.bytes, dbsExpiresOn: expires?.bytes,
                    trainedOn: trained?.bytes, checkLapsesOn: Tutor.effectiveDBSExpiry(checkedOn: checked?.day, expiresOn: expires?.day)))
        }
    }

    /// The role as stored, when the bytes are empty or name a role in lower case.
    private static func role(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        if bytes.isEmpty { return roleBytes(Tutor.Role.volunteer) }
        return Tutor.Role.allCases.lazy.map(roleBytes).first { $0.elementsEqual(bytes) }
    }

    /// A role's name as bytes that live as long as the program.
    private static func roleBytes(_ role: Tutor.Role) -> UnsafeBufferPointer<UInt8> {
        let name: StaticString =
            switch role {
            case .volunteer: "volunteer"
            case .staff: "staff"
            }
        return UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
    }
}
