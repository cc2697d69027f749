import ArgumentParser
import SkillsCore
import SkillsServices
import SkillsStore

/// `skills learner consent REF`: change what a learner agrees to; the history is kept.
struct LearnerConsent: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consent", abstract: "Record a learner's consent decisions (kept as history), or show them.",
        discussion: "Example:  skills learner consent L000001 --no-open-data --contact")

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The learner's reference.") var ref: String
    @Flag(inversion: .prefixedNo, help: "Counted in published open statistics, or not.") var openData: Bool?
    @Flag(inversion: .prefixedNo, help: "May be contacted by the programme, or not.") var contact: Bool?
    @Flag(help: "Print JSON for scripts.") var json = false
    @OptionGroup var table: TableOptions

    func run() async throws {
        var decisions: [ConsentRecord.Purpose: Bool] = [:]
        if let openData { decisions[.openStatistics] = openData }
        if let contact { decisions[.contact] = contact }
        let history = try await DataRightsService(try await programme.services()).consent(ref, decisions, by: programme.actorName)
        if json { return try JSONOutput.print(history) }
        let rows = history.map { [$0.recordedAt, $0.purpose.rawValue, $0.given ? "yes" : "no", $0.recordedBy] }
        print(TextTable(headers: ["when", "purpose", "agreed", "recorded by"], rows: rows).render(width: table.width))
    }
}
