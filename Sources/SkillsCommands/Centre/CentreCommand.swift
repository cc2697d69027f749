import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices

/// `skills centre`: the places where sessions happen.
struct CentreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centre", abstract: "Add and list centres.",
        subcommands: [AddCentre.self, ListCentres.self, SetCentreLocalAuthority.self])
}
