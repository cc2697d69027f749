import SkillsCore

/// `LearnerRowCheck` on bytes, for a row in plain form, as nearly every row of a file is: every value already as it
/// is stored (a ref, an ISO date, a district in capitals, yes/no flags), so a store can write the CSV bytes as they
/// are without building a `String`. It takes only rows `LearnerRowCheck` accepts, with the same values; any other row
/// goes to `LearnerRowCheck`, which words the problems or finds the stored form, so the messages live there alone.
///
/// The check (`verdict`) needs no database, so an import can run it on the thread that reads the file; the thread that
/// writes then takes the row's values from its bytes (`row`).
public struct PlainLearnerCheck: Sendable {
    /// A plain row's values; the buffers point into the record and live only as long as its fields.
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

    /// What the check found in a plain row beyond its bytes: the values it looked up or read as numbers and flags.
    public struct Verdict: Sendable {
        let yearOfBirth: Int?
        let centreID: Int64
        let largePrint: Bool
        let openDataConsent: Bool
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

    /// What the row's values are when it is plain; nil when it is not.
    public func verdict(_ record: CSVRecord.Fields) -> Verdict? {
        let field = fields.values(record)
        func value(_ column: Column) -> (bytes: UnsafeBufferPointer<UInt8>, blank: Bool) { field[column.rawValue] }
        guard CurriculumValidator.isReference(value(.ref).bytes), FieldRules.isPlainName(value(.name).bytes),
            let centreID = centres.value(for: value(.centre).bytes),
            let day = Day(isoBytes: value(.enrolledOn).bytes), day <= today,
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
        let language = value(.language).bytes
        guard language.isEmpty || FieldRules.isPlainLanguageTag(language) else { return nil }
        let district = value(.district)
        guard district.blank || FieldRules.isCanonicalPostcodeDistrict(district.bytes) else { return nil }
        return Verdict(yearOfBirth: born, centreID: centreID, largePrint: largePrint, openDataConsent: consent)
    }

    /// A plain row's values, from the record `verdict` judged.
    public func row(_ record: CSVRecord.Fields, _ verdict: Verdict) -> Row {
        let field = fields.values(record)
        func value(_ column: Column) -> (bytes: UnsafeBufferPointer<UInt8>, blank: Bool) { field[column.rawValue] }
        let language = value(.language).bytes
        let district = value(.district)
        return Row(
            ref: value(.ref).bytes, name: value(.name).bytes, yearOfBirth: verdict.yearOfBirth, centreID: verdict.centreID,
            enrolledOn: value(.enrolledOn).bytes, preferredLanguage: language.isEmpty ? Self.english : language,
            postcodeDistrict: district.blank ? nil : district.bytes, largePrint: verdict.largePrint,
            openDataConsent: verdict.openDataConsent)
    }

    /// The language a learner is taken to prefer when the file says nothing: bytes that live as long as the program.
    private static var english: UnsafeBufferPointer<UInt8> {
        let tag: StaticString = "en"
        return UnsafeBufferPointer(start: tag.utf8Start, count: tag.utf8CodeUnitCount)
    }
}
