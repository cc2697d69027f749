import ArgumentParser
import SkillsCore

/// The tutor fields `add` and `update` share.
struct TutorFields: ParsableArguments {
    @Option(help: "The tutor's name.") var name: String?
    @Option(help: "The centre the tutor works at.") var centre: String?
    @Option(help: "volunteer or staff.") var role: String?
    @Option(help: ArgumentHelp("Date of the safeguarding (DBS) check, YYYY-MM-DD.", valueName: "date")) var dbsChecked: String?
    @Option(help: ArgumentHelp("When the check lapses, YYYY-MM-DD (default: three years after the check).", valueName: "date"))
    var dbsExpires: String?
    @Option(help: ArgumentHelp("Date of tutor training, YYYY-MM-DD.", valueName: "date")) var trained: String?

    /// Applies the given fields to a tutor.
    func apply(to tutor: inout Tutor) throws {
        if let name { tutor.name = name.trimmingCharacters(in: .whitespaces) }
        if let centre { tutor.centreRef = centre }
        if let role { tutor.role = try Arguments.choice(role, flag: "--role") }
        if let dbsChecked { tutor.dbsCheckedOn = try Arguments.day(dbsChecked, flag: "--dbs-checked") }
        if let dbsExpires { tutor.dbsExpiresOn = try Arguments.day(dbsExpires, flag: "--dbs-expires") }
        if let trained { tutor.trainedOn = try Arguments.day(trained, flag: "--trained") }
    }
}
