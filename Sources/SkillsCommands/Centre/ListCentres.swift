import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices

/// `skills centre list`.
struct ListCentres: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List centres.", discussion: "Example:  skills centre list --json")

    @OptionGroup var programme: ProgrammeOptions
    @Flag(help: "Print JSON for scripts.") var json = false
    @OptionGroup var table: TableOptions

    func run() async throws {
        let centres = try await CentreService(try await programme.services()).list(by: programme.actorName)
        if json { return try JSONOutput.print(centres) }
        let rows = centres.map { [$0.ref, $0.name, $0.regionCode, $0.localAuthority ?? ""] }
        print(TextTable(headers: ["ref", "name", "region", "local authority"], rows: rows, wrappable: [1, 3]).render(width: table.width))
    }
}
