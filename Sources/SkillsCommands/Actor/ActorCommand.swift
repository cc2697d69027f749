import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills actor`: who may act on the programme, with which role.
struct ActorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actor", abstract: "Register people with a role (tutor, coordinator, administrator) and list them.",
        subcommands: [AddActor.self, ListActors.self])
}

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
        try await ActorService(try programme.services()).add(
            ProgrammeActor(name: name, role: role, centreRef: centre), by: programme.actorName)
        print("\(name) is now a \(role.rawValue)\(centre.map { " at \($0)" } ?? "")")
    }
}

/// `skills actor list`.
struct ListActors: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List registered people and their roles.", discussion: "Example:  skills actor list --json")

    @OptionGroup var programme: ProgrammeOptions
    @Flag(help: "Print JSON for scripts.") var json = false

    func run() async throws {
        let actors = try await ActorService(try programme.services()).list(by: programme.actorName)
        if json { return try JSONOutput.print(actors) }
        print(
            TextTable(headers: ["name", "role", "centre"], rows: actors.map { [$0.name, $0.role.rawValue, $0.centreRef ?? "all"] }).render()
        )
    }
}
