import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills region`: the reporting geography and its baseline figures.
struct RegionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "region", abstract: "List regions or load another geography.",
        subcommands: [ListRegions.self, LoadRegions.self])
}
