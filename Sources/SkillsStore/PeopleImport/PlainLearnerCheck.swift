import SkillsCore

/// `LearnerRowCheck` on bytes, for a row in plain form, as nearly every row of a file is: every value already as it
/// is stored (a ref, an ISO date, a district in capitals, yes/no flags), so a store can write the CSV bytes as they
/// are without building a `String`. It takes only rows `LearnerRowCheck` accepts, with the same values; any other row
/// goes to `LearnerRowCheck`, which words the problems or finds the stored form, so the messages live there alone.
public struct PlainLearnerCheck: Sendable {
    /// A plain row's values; the buffers point into the record and live only during `withRow`'s body.
    public struct Row {
        public let ref: UnsafeBufferPointer<UInt8>
        public let name: UnsafeBufferPointer<UInt8>
        public let yearOfBirth: Int?
        public let centreID: Int64
        /// `YYYY-MM-DD`, a real day no later than today.
        public let enrolledOn: UnsafeBufferPointer<UInt8>
        /// `en` when the file gives none.
        public let preferredLanguage: UnsafeBufferPointer<UInt8>
        public let postcodeDistrict: UnsafeBufferPointer<UInt8>?
        public let largePrint: Bool
        public let openDataConsent: Bool
    }

    /// The columns in `ImportKind.learners` order.
    private enum Column: Int {
        case ref, name, yearOfBirth, centre, enrolledOn, language, district, largePrint, consent
    }

    private let centres: ByteKeyTable<Int64>
    private let today: Day
    private let fields: PlainFields

    /// A check for the rows of a file with this header.
    public init(centres: [String: Int64], today: Day, header: CSVHeader) {
        self.centres = ByteKeyTable(centres)
        self.today = today
        fields = PlainFields(.learners, header)
    }

    /// Runs `body` on the record's values when the row is plain; nil when it is not, or when `body` gives nil.
    public func withRow<T>(_ record: CSVRecord, _ body: (Row) throws -> T?) rethrows -> T? {
        try fields.read(record) { field -> T? in
            func value(_ column: Column) -> (bytes: UnsafeBufferPointer<UInt8>, blank: Bool) { field[column.rawValue] }
            let ref = value(.ref).bytes
            let name = value(.name).bytes
            let enrolled = value(.enrolledOn).bytes
            guard CurriculumValidator.isReference(ref), FieldRules.isPlainName(name),
                let centreID = centres.value(for: value(.centre).bytes),
                let day = Day(isoBytes: enrolled), day <= today,
                let largePrint = PlainFields.flag(value(.largePrint).bytes, fallback: false),
                let consent = PlainFields.flag(value(.consent).bytes, fallback: false)
            else { return nil }
            var born: Int?
            let year = value(.yearOfBirth)
            if !year.blank {
                guard let number = PlainFields.wholeNumber(year.bytes), FieldRules.yearOfBirthProblem(number, today: today) == nil
                else { return nil }
                born = number
            }
            var language = value(.language).bytes
            if language.isEmpty {
                language = Self.english
            } else if !FieldRules.isPlainLanguageTag(language) {
                return nil
            }
            var district: UnsafeBufferPointer<UInt8>?
            let written = value(.district)
            if !written.blank {
                guard FieldRules.isCanonicalPostcodeDistrict(written.bytes) else { return nil }
                district = written.bytes
            }
            return try body(
                Row(
                    ref: ref, name: name, yearOfBirth: born, centreID: centreID, enrolledOn: enrolled, preferredLanguage: language,
                    postcodeDistrict: district, largePrint: largePrint, openDataConsent: consent))
        }
    }

    /// The language a learner is taken to prefer when the file says nothing: bytes that live as long as the program.
    private static var english: UnsafeBufferPointer<UInt8> {
        let tag: StaticString = "en"
        return UnsafeBufferPointer(start: tag.utf8Start, count: tag.utf8CodeUnitCount)
    }
}
