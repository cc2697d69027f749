import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills tutor list`.
struct ListTutors: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List tutors, optionally at one centre.", discussion: "Example:  skills tutor list --centre CARD-01")

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: "Only tutors at this centre.") var centre: String?
    @Flag(help: "Print JSON for scripts.") var json = false
    @OptionGroup var table: TableOptions

    func run() async throws {
        let tutors = try await TutorService(try await programme.services()).list(centre: centre, by: programme.actorName)
        if json { return try JSONOutput.print(tutors) }
        print(TutorTable.render(tutors, today: programme.clock.today, width: table.width))
    }
}
