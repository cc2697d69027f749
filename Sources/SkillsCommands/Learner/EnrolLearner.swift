import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills learner enrol`.
struct EnrolLearner: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enrol", abstract: "Enrol a learner at a centre.",
        discussion:
            "Example:  skills learner enrol --name \"Gwenllian Ŵyn\" --centre CARD-01 --language cy --born 1948 --postcode SY23 --large-print"
    )

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: "The learner's reference (default: the next free one, such as L000042).") var ref: String?
    @OptionGroup var fields: LearnerFields
    @Flag(help: "The learner agrees to be contacted by the programme.") var contact = false

    func run() async throws {
        guard let name = fields.name, let centre = fields.centre else {
            throw UserError(.usage, "a new learner needs --name and --centre")
        }
        var learner = Learner(ref: ref ?? "", name: name, centreRef: centre, enrolledOn: programme.clock.today)
        try fields.apply(to: &learner)
        let assigned = try await LearnerService(try await programme.services()).enrol(learner, contact: contact, by: programme.actorName)
        print("enrolled \(learner.name) as \(assigned) at \(learner.centreRef)")
    }
}
