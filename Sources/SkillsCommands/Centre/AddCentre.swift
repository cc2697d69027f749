import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices

/// `skills centre add`: a library or community centre in a region.
struct AddCentre: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a centre.",
        discussion: "Example:  skills centre add CARD-01 --name \"Cardiff Central Library\" --region W92000004 --local-authority Cardiff")

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The centre's short reference.") var ref: String
    @Option(help: "The centre's name.") var name: String
    @Option(help: "The region's GSS code (see `skills region list`).") var region: String
    @Option(help: "The local authority, for drill-down in reports.") var localAuthority: String?

    func run() async throws {
        let centre = Centre(
            ref: ref, name: name.trimmingCharacters(in: .whitespaces), regionCode: region, localAuthority: localAuthority)
        try await CentreService(try await programme.services()).add(centre, by: programme.actorName)
        print("added centre \(centre.ref): \(centre.name)")
    }
}
