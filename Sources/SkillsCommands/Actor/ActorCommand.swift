import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills actor`: who may act on the programme, with which role.
struct ActorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actor", abstract: "Register people with a role (tutor, coordinator, administrator) and list them.",
        subcommands: [AddActor.self, ListActors.self])
}
