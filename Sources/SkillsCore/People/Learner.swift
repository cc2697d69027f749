/// An adult learning digital skills, with only the personal data the programme needs.
public struct Learner: Codable, Equatable, Sendable {
    /// Where the learner is in the programme.
    public enum Status: String, Codable, Sendable, CaseIterable {
        case active, withdrawn, completed
    }

    public var ref: String
    /// The name exactly as the learner writes it, in any script.
    public var name: String
    /// A language tag such as `en`, `cy`, `ar`.
    public var preferredLanguage: String
    public var yearOfBirth: Int?
    /// The outward part of the postcode only ("CF10"), never the full postcode.
    public var postcodeDistrict: String?
    public var centreRef: String
    public var enrolledOn: Day
    public var largePrint: Bool
    public var openDataConsent: Bool
    public var status: Status

    public init(
        ref: String, name: String, preferredLanguage: String = "en", yearOfBirth: Int? = nil,
        postcodeDistrict: String? = nil, centreRef: String, enrolledOn: Day, largePrint: Bool = false,
        openDataConsent: Bool = false, status: Status = .active
    ) {
        self.ref = ref
        self.name = name
        self.preferredLanguage = preferredLanguage
        self.yearOfBirth = yearOfBirth
        self.postcodeDistrict = postcodeDistrict
        self.centreRef = centreRef
        self.enrolledOn = enrolledOn
        self.largePrint = largePrint
        self.openDataConsent = openDataConsent
        self.status = status
    }
}

extension Learner {
    /// The name an erased learner is shown with.
    public static let erasedName = "[erased]"
}
