import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills curriculum list`: the loaded curricula, newest versions.
struct ListCurricula: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List loaded curricula.", discussion: "Example:  skills curriculum list --json")

    @OptionGroup var programme: ProgrammeOptions
    @Flag(help: "Print JSON for scripts.") var json = false
    @OptionGroup var table: TableOptions

    func run() async throws {
        let summaries = try await CurriculumService(try await programme.services()).list(by: programme.actorName)
        if json { return try JSONOutput.print(summaries) }
        let rows = summaries.map { [$0.id, String($0.version), $0.title, String($0.areas), String($0.modules), String($0.outcomes)] }
        print(
            TextTable(headers: ["id", "version", "title", "areas", "modules", "outcomes"], rows: rows, rightAligned: [1, 3, 4, 5]).render(
                width: table.width))
    }
}
