import SkillsCore

/// `TutorRowCheck` on bytes, for a row in plain form: every value already as it is stored (a ref, ISO dates, the role
/// in lower case), so a store can write the CSV bytes as they are without building a `String`. It takes only rows
/// `TutorRowCheck` accepts, with the same values; any other row goes to `TutorRowCheck`, which words the problems or
/// finds the stored form.
///
/// The check (`verdict`) needs no database, so an import can run it on the thread that reads the file; the thread that
/// writes then takes the row's values from its bytes (`row`).
public struct PlainTutorCheck: Sendable {
    /// A plain row's values; the buffers point into the record and live only as long as its fields.
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

    /// What the check found in a plain row beyond its bytes: the values it looked up or worked out.
    public struct Verdict: Sendable {
        let centreID: Int64
        let role: Tutor.Role
        let checkLapsesOn: Day?
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

    /// What the row's values are when it is plain; nil when it is not.
    public func verdict(_ record: CSVRecord.Fields) -> Verdict? {
        let field = fields.values(record)
        func value(_ column: Column) -> UnsafeBufferPointer<UInt8> { field[column.rawValue].bytes }
        /// An empty date is none (`.some(nil)`); a date not in plain form, or later than `latest`, is nil.
        func day(_ column: Column, notAfter latest: Day) -> Day?? {
            let bytes = value(column)
            if bytes.isEmpty { return .some(nil) }
            guard let day = Day(isoBytes: bytes), day <= latest else { return nil }
            return day
        }
        guard CurriculumValidator.isReference(value(.ref)), FieldRules.isPlainName(value(.name)),
            let centreID = centres.value(for: value(.centre)),
            let role = Self.role(value(.role)),
            let checked = day(.checkedOn, notAfter: today),
            let expires = day(.expiresOn, notAfter: Day(ordinal: Int.max / 4)),
            day(.trainedOn, notAfter: today) != nil
        else { return nil }
        if let checked, let expires, expires <= checked { return nil }
        return Verdict(centreID: centreID, role: role, checkLapsesOn: Tutor.effectiveDBSExpiry(checkedOn: checked, expiresOn: expires))
    }

    /// A plain row's values, from the record `verdict` judged.
    public func row(_ record: CSVRecord.Fields, _ verdict: Verdict) -> Row {
        let field = fields.values(record)
        func value(_ column: Column) -> UnsafeBufferPointer<UInt8> { field[column.rawValue].bytes }
        func date(_ column: Column) -> UnsafeBufferPointer<UInt8>? { value(column).isEmpty ? nil : value(column) }
        return Row(
            ref: value(.ref), name: value(.name), centreID: verdict.centreID, role: Self.roleBytes(verdict.role),
            dbsCheckedOn: date(.checkedOn), dbsExpiresOn: date(.expiresOn), trainedOn: date(.trainedOn),
            checkLapsesOn: verdict.checkLapsesOn)
    }

    /// The role, when the bytes are empty or name a role in lower case.
    private static func role(_ bytes: UnsafeBufferPointer<UInt8>) -> Tutor.Role? {
        if bytes.isEmpty { return .volunteer }
        return Tutor.Role.allCases.first { roleBytes($0).elementsEqual(bytes) }
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
