import ArgumentParser
import Foundation
import SkillsCore

/// `skills centre set-local-authority`: fixes a centre the regional report could not place in a local authority.
struct SetCentreLocalAuthority: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-local-authority", abstract: "Set a centre's local authority (a name or GSS code).",
        discussion: """
            Example:  skills centre set-local-authority LEED-02 Leeds
            The name or code must be one of the centre's region in Reports/regions/uk-local-authorities.csv.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The centre's reference.") var ref: String
    @Argument(help: "The local authority's name or GSS code, e.g. Leeds or E08000035.") var authority: String

    func run() throws {
        let store = try programme.openStore(for: .manageProgramme)
        let centre = try store.centre(ref)
        let file = try ShippedData.localAuthoritiesFile()
        guard let text = try? String(contentsOf: file, encoding: .utf8) else {
            throw UserError(.noInput, "cannot read '\(file.path)' — reinstall the shipped Reports/ folder or set SKILLS_HOME")
        }
        let reference = try LocalAuthorityReference.read(text, file: file.path).filter { $0.regionCode == centre.regionCode }
        let matcher = LocalAuthorityMatcher(reference)
        guard let found = matcher.match(authority) else {
            let hint =
                matcher.suggestion(for: authority).map { " — did you mean '\($0)'?" } ?? " — see Reports/regions/uk-local-authorities.csv"
            throw UserError(.data, "no local authority '\(authority)' in region \(centre.regionCode)\(hint)")
        }
        try store.setLocalAuthority(of: centre.ref, to: reference[found].name, by: programme.actorName)
        print("centre \(centre.ref) is in \(reference[found].name) (\(reference[found].code))")
    }
}
