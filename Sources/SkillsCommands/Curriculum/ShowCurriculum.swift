import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices

/// `skills curriculum show ID`: areas, modules and every outcome of one curriculum.
struct ShowCurriculum: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a curriculum's areas, modules and outcomes.",
        discussion: "Example:  skills curriculum show eds-life")

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The curriculum id.") var id: String
    @Option(name: .customLong("curriculum-version"), help: "A particular version of the curriculum (default: the newest).")
    var version: Int?
    @Flag(help: "Print JSON for scripts.") var json = false

    func run() async throws {
        let curriculum = try await CurriculumService(try await programme.services()).show(id, version: version, by: programme.actorName)
        if json { return try JSONOutput.print(curriculum) }
        Terminal.printWrapped("", "\(curriculum.title) (\(curriculum.id), version \(curriculum.version)) — \(curriculum.framework)")
        for area in curriculum.areas {
            print("\n\(area.title) [\(area.id)]")
            for module in curriculum.modules(in: area.id) {
                print("  \(module.id)  \(module.title) (\(module.hours.formatted()) h)")
                for outcome in module.outcomes {
                    Terminal.printWrapped("    \(outcome.id)  ", "\(outcome.text)  [DigComp \(outcome.digComp.joined(separator: ", "))]")
                }
            }
        }
    }
}
