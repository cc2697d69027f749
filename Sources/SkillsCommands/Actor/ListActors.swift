import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills actor list`.
struct ListActors: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List registered people and their roles.", discussion: "Example:  skills actor list --json")

    @OptionGroup var programme: ProgrammeOptions
    @Flag(help: "Print JSON for scripts.") var json = false
    @OptionGroup var table: TableOptions

    func run() async throws {
        let actors = try await ActorService(try await programme.services()).list(by: programme.actorName)
        if json { return try JSONOutput.print(actors) }
        print(
            TextTable(headers: ["name", "role", "centre"], rows: actors.map { [$0.name, $0.role.rawValue, $0.centreRef ?? "all"] }).render(
                width: table.width)
        )
    }
}
