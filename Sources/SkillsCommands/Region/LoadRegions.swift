import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills region load FILE`: adds or replaces regions from a CSV in the documented shape.
struct LoadRegions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load", abstract: "Load regions from a CSV file (format: Reports/README.md).",
        discussion: "Example:  skills region load my-regions.csv")

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The regions CSV file.") var file: String

    func run() async throws {
        let regions = try await CurriculumService(try await programme.services()).loadRegions(file: file, by: programme.actorName)
        print("loaded \(regions.count) regions from \(file)")
    }
}
