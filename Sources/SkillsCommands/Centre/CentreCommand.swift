import ArgumentParser
import SkillsCore

/// `skills centre`: the places where sessions happen.
struct CentreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centre", abstract: "Add and list centres.",
        subcommands: [AddCentre.self, ListCentres.self, SetCentreLocalAuthority.self])
}

/// `skills centre add`: a library or community centre in a region.
struct AddCentre: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a centre.",
        discussion: "Example:  skills centre add CARD-01 --name \"Cardiff Central Library\" --region W92000004 --local-authority Cardiff")

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The centre's short reference.") var ref: String
    @Option(help: "The centre's name.") var name: String
    @Option(help: "The region's GSS code (see `skills region list`).") var region: String
    @Option(help: "The local authority, for drill-down in reports.") var localAuthority: String?

    func run() throws {
        let centre = Centre(
            ref: try Arguments.reference(ref, flag: "ref"), name: try Arguments.name(name, flag: "--name"),
            regionCode: region, localAuthority: localAuthority)
        try programme.openStore(for: .manageProgramme).addCentre(centre, by: programme.actorName)
        print("added centre \(centre.ref): \(centre.name)")
    }
}

/// `skills centre list`.
struct ListCentres: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List centres.", discussion: "Example:  skills centre list --json")

    @OptionGroup var programme: ProgrammeOptions
    @Flag(help: "Print JSON for scripts.") var json = false

    func run() throws {
        let centres = try programme.openStore(for: .read).centres()
        if json { return try JSONOutput.print(centres) }
        let rows = centres.map { [$0.ref, $0.name, $0.regionCode, $0.localAuthority ?? ""] }
        print(TextTable(headers: ["ref", "name", "region", "local authority"], rows: rows).render())
    }
}
