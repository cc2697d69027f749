import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills actor`: who may act on the programme, with which role.
struct ActorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actor",
        abstract: "Register people with a role (tutor, coordinator, administrator), list them and set their passwords.",
        subcommands: [AddActor.self, ListActors.self, SetPassword.self])
}
