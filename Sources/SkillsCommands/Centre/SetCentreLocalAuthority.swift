import ArgumentParser
import SkillsServices

/// `skills centre set-local-authority`: fixes a centre the regional report could not place in a local authority.
struct SetCentreLocalAuthority: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-local-authority", abstract: "Set a centre's local authority (a name or GSS code).",
        discussion: """
            Example:  skills centre set-local-authority LEED-02 Leeds
            The name or code must be one of the centre's region in Reports/regions/uk-local-authorities.csv.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The centre's reference.") var ref: String
    @Argument(help: "The local authority's name or GSS code, e.g. Leeds or E08000035.") var authority: String

    func run() async throws {
        let found = try await CentreService(try await programme.services()).setLocalAuthority(
            of: ref, to: authority, by: programme.actorName)
        print("centre \(ref) is in \(found.name) (\(found.code))")
    }
}
