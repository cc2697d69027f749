import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills tutor add`.
struct AddTutor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a tutor at a centre.",
        discussion: "Example:  skills tutor add T-ALED --name \"Aled Rees\" --centre CARD-01 --dbs-checked 2024-01-15 --trained 2024-02-01")

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The tutor's short reference.") var ref: String
    @OptionGroup var fields: TutorFields

    func run() async throws {
        guard let name = fields.name, let centre = fields.centre else {
            throw UserError(.usage, "a new tutor needs --name and --centre")
        }
        var tutor = Tutor(ref: ref, name: name, centreRef: centre)
        try fields.apply(to: &tutor)
        try await TutorService(try await programme.services()).add(tutor, by: programme.actorName)
        print("added tutor \(tutor.ref): \(tutor.name) at \(tutor.centreRef)")
    }
}
