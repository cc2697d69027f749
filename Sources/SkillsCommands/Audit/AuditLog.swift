import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices
import SkillsStore

/// `skills audit log`.
struct AuditLog: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "List audit entries, newest first.",
        discussion: "Example:  skills audit log --actor aled --from 2026-11-01")

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: "Only this actor's entries.") var actor: String?
    @Option(help: "Only entries about this record, such as learner:L000001.") var record: String?
    @Option(help: ArgumentHelp("From this date, YYYY-MM-DD.", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Up to this date, YYYY-MM-DD.", valueName: "date")) var to: String?
    @Option(help: "At most this many entries.") var limit = 100
    @Flag(help: "Print JSON for scripts.") var json = false
    @OptionGroup var table: TableOptions

    func run() async throws {
        let filter = AuditFilter(
            actor: actor, record: record, from: try Arguments.optionalDay(from, flag: "--from"),
            to: try Arguments.optionalDay(to, flag: "--to"), limit: limit)
        let entries = try await AuditService(try await programme.services()).log(filter, by: programme.actorName)
        if json { return try JSONOutput.print(entries) }
        print(
            TextTable(
                headers: ["#", "when", "who", "what", "record", "details"],
                rows: entries.map { [String($0.id), $0.at, $0.actor, $0.action, $0.record, Self.readable($0.details)] }, rightAligned: [0],
                wrappable: [2, 4, 5]
            ).render(width: table.width))
    }

    /// Details as `key=value` pairs, which wrap between pairs; anything that is not a flat JSON object as it is.
    static func readable(_ details: String) -> String {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(details.utf8))) as? [String: Any] else { return details }
        return object.keys.sorted().map { "\($0)=\(object[$0].map { "\($0)" } ?? "")" }.joined(separator: " ")
    }
}
