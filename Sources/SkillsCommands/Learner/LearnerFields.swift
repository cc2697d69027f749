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

    /// Applies the given fields to a learner.
    func apply(to learner: inout Learner, today: Day) throws {
        if let name { learner.name = try Arguments.name(name, flag: "--name") }
        if let centre { learner.centreRef = centre }
        if let language {
            guard FieldRules.isLanguageTag(language) else {
                throw UserError(.usage, "--language '\(language)' is not a language tag — use one like en, cy, ar or pt-BR")
            }
            learner.preferredLanguage = language
        }
        if let born {
            if let problem = FieldRules.yearOfBirthProblem(born, today: today) { throw UserError(.usage, "--born: \(problem)") }
            learner.yearOfBirth = born
        }
        if let postcode {
            guard let district = FieldRules.postcodeDistrict(postcode) else {
                throw UserError(.usage, "--postcode '\(postcode)' is not a postcode district — give only the first part, such as CF10")
            }
            learner.postcodeDistrict = district
        }
        if let enrolled {
            let day = try Arguments.day(enrolled, flag: "--enrolled")
            if day > today { throw UserError(.usage, "--enrolled \(day) is in the future") }
            learner.enrolledOn = day
        }
        if let largePrint { learner.largePrint = largePrint }
        if let openData { learner.openDataConsent = openData }
    }
}
