import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills actor add NAME --role ROLE [--centre REF]`.
struct AddActor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Register someone (or change their role).",
        discussion: """
            Example:  skills actor add aled --role tutor --centre CARD-01
            Tutors record sessions and issue certificates for learners at their centre; coordinators also import,
            report, export and erase; administrators also manage roles and keys.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The name they act under (--as NAME, $SKILLS_ACTOR or their login name).") var name: String
    @Option(help: "tutor, coordinator or administrator.") var role: String
    @Option(help: "The centre a tutor works at.") var centre: String?

    func run() async throws {
        let role: Role = try Arguments.choice(role, flag: "--role")
        try await ActorService(try await programme.services()).add(
            ProgrammeActor(name: name, role: role, centreRef: centre), by: programme.actorName)
        print("\(name) is now a \(role.rawValue)\(centre.map { " at \($0)" } ?? "")")
    }
}
