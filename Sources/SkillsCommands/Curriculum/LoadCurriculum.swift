import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills curriculum load FILE`: validates a curriculum file and loads it as a new version.
struct LoadCurriculum: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Check a curriculum YAML file and load it; a changed file becomes a new version.",
        discussion: "Example:  skills curriculum load Curricula/eds-life.yaml\nThe format is described in Curricula/README.md."
    )

    @OptionGroup var programme: ProgrammeOptions

    @Argument(help: "The curriculum YAML file.")
    var file: String

    func run() async throws {
        let (load, curriculum) = try await CurriculumService(try await programme.services()).load(file: file, by: programme.actorName)
        if load.changed {
            print(
                "loaded curriculum \(load.id) version \(load.version): \(curriculum.areas.count) areas, \(curriculum.modules.count) modules, \(curriculum.outcomes.count) outcomes"
            )
        } else {
            print("curriculum \(load.id) version \(load.version) is already loaded with this content; nothing changed")
        }
    }
}
