import ArgumentParser
import SkillsCore

/// The learner fields `enrol` and `update` share.
struct LearnerFields: ParsableArguments {
    @Option(help: "The name exactly as the learner writes it, in any script.") var name: String?
    @Option(help: "The centre the learner attends.") var centre: String?
    @Option(help: ArgumentHelp("Preferred language tag: en, cy, ar, bn, zh …", valueName: "tag")) var language: String?
    @Option(help: ArgumentHelp("Year of birth.", valueName: "year")) var born: Int?
    @Option(help: ArgumentHelp("The postcode district only, such as CF10 (never the full postcode).", valueName: "district")) var postcode:
        String?
    @Option(help: ArgumentHelp("Enrolment date, YYYY-MM-DD (default: today).", valueName: "date")) var enrolled: String?
    @Flag(inversion: .prefixedNo, help: "Certificates in large print.") var largePrint: Bool?
    @Flag(inversion: .prefixedNo, help: "Consent to be counted in published open statistics.") var openData: Bool?

    /// Applies the given fields to a learner; the service checks them.
    func apply(to learner: inout Learner) throws {
        if let name { learner.name = name.trimmingCharacters(in: .whitespaces) }
        if let centre { learner.centreRef = centre }
        if let language { learner.preferredLanguage = language }
        if let born { learner.yearOfBirth = born }
        if let postcode { learner.postcodeDistrict = postcode }
        if let enrolled { learner.enrolledOn = try Arguments.day(enrolled, flag: "--enrolled") }
        if let largePrint { learner.largePrint = largePrint }
        if let openData { learner.openDataConsent = openData }
    }
}
