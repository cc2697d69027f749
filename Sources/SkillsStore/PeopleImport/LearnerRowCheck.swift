import SkillsCore

/// A good `learners.csv` row: learner_ref, name, year_of_birth, centre_ref, enrolled_on
/// [, preferred_language, postcode_district, large_print, open_data_consent].
public struct ImportedLearner: ImportedRow {
    public static let refColumn = "learner_ref"
    public let ref: String
    public let name: String
    public let yearOfBirth: Int?
    public let centreRef: String
    /// The centre's row id in the store that checked the row.
    public let centreID: Int64
    public let enrolledOn: Day
    public let preferredLanguage: String
    public let postcodeDistrict: String?
    public let largePrint: Bool
    public let openDataConsent: Bool

    public var what: String { "learner '\(ref)'" }
    public var values: [String: String] {
        [
            "name": name, "year_of_birth": yearOfBirth.map(String.init) ?? "", "centre_ref": centreRef,
            "enrolled_on": enrolledOn.description, "preferred_language": preferredLanguage,
            "postcode_district": postcodeDistrict ?? "", "large_print": largePrint ? "1" : "0",
            "open_data_consent": openDataConsent ? "1" : "0",
        ]
    }
}

/// Checks `learners.csv` rows against the programme's centres and today's date, for every store.
public struct LearnerRowCheck: Sendable {
    /// Centre refs and their row ids.
    private let centres: [String: Int64]
    private let today: Day

    public init(centres: [String: Int64], today: Day) {
        self.centres = centres
        self.today = today
    }

    /// The row's learner, or nil after reporting every problem it has.
    public func check(_ fields: FieldReader, _ problems: inout ImportProblems) -> ImportedLearner? {
        var ok = true
        let line = fields.record.line
        let ref = fields.reference("learner_ref", &problems)
        let name = fields.name("name", &problems)
        let centreID = fields.centre("centre_ref", in: centres, &problems)
        var born: Int?
        if fields.has("year_of_birth") {
            born = fields.integer("year_of_birth", &problems)
            if born == nil { ok = false }
            if let year = born, let problem = FieldRules.yearOfBirthProblem(year, today: today) {
                problems.add(line: line, column: fields.column("year_of_birth"), problem)
                ok = false
            }
        }
        let enrolled = fields.day("enrolled_on", required: true, notAfter: today, &problems, ok: &ok)
        let language = fields.text("preferred_language").isEmpty ? "en" : fields.text("preferred_language")
        if !FieldRules.isLanguageTag(language) {
            problems.add(
                line: line, column: fields.column("preferred_language"),
                "preferred_language '\(language)' is not a language tag like en, cy or ar")
            ok = false
        }
        var district: String?
        if fields.has("postcode_district") {
            district = FieldRules.postcodeDistrict(fields.text("postcode_district"))
            if district == nil {
                problems.add(
                    line: line, column: fields.column("postcode_district"),
                    "postcode_district '\(fields.text("postcode_district"))' is not a district; give only the first part, such as CF10")
                ok = false
            }
        }
        let largePrint = fields.flag("large_print", fallback: false, &problems, ok: &ok)
        let consent = fields.flag("open_data_consent", fallback: false, &problems, ok: &ok)
        guard let ref, let name, let centreID, let enrolled, ok else { return nil }
        return ImportedLearner(
            ref: ref, name: name, yearOfBirth: born, centreRef: fields.text("centre_ref"), centreID: centreID, enrolledOn: enrolled,
            preferredLanguage: language, postcodeDistrict: district, largePrint: largePrint, openDataConsent: consent)
    }
}
