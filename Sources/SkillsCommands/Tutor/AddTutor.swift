import ArgumentParser
import SkillsCore

/// `skills tutor add`.
struct AddTutor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a tutor at a centre.",
        discussion: "Example:  skills tutor add T-ALED --name \"Aled Rees\" --centre CARD-01 --dbs-checked 2024-01-15 --trained 2024-02-01")

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The tutor's short reference.") var ref: String
    @OptionGroup var fields: TutorFields

    func run() throws {
        guard let name = fields.name, let centre = fields.centre else {
            throw UserError(.usage, "a new tutor needs --name and --centre")
        }
        var tutor = Tutor(ref: try Arguments.reference(ref, flag: "ref"), name: name, centreRef: centre)
        try fields.apply(to: &tutor)
        try programme.openStore(for: .manageProgramme).addTutor(tutor, by: programme.actorName)
        print("added tutor \(tutor.ref): \(tutor.name) at \(tutor.centreRef)")
    }
}
