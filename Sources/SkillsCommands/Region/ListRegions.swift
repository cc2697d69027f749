import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills region list`: regions with population and need, each with its year.
struct ListRegions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List regions with their baseline figures.", discussion: "Example:  skills region list")

    @OptionGroup var programme: ProgrammeOptions
    @Flag(help: "Print JSON for scripts.") var json = false
    @OptionGroup var table: TableOptions

    func run() async throws {
        let regions = try await CurriculumService(try await programme.services()).regions(by: programme.actorName)
        if json { return try JSONOutput.print(regions) }
        let rows = regions.map { region in
            [
                region.code, region.name, String(region.population), "\(region.populationYear)",
                "\(Int((region.needShare * 100).rounded()))%", "\(region.needYear)", String(region.peopleInNeed),
            ]
        }
        print(
            TextTable(
                headers: ["code", "name", "population", "year", "need", "year", "people in need"], rows: rows,
                rightAligned: [2, 3, 4, 5, 6]
            ).render(width: table.width))
    }
}
