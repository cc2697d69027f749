import ArgumentParser

/// `skills curriculum`: the courses learners follow.
struct CurriculumCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curriculum",
        abstract: "Load, list and show curricula (skill areas, modules and outcomes).",
        subcommands: [LoadCurriculum.self, ListCurricula.self, ShowCurriculum.self]
    )
}
