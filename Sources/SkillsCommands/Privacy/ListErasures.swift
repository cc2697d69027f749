import ArgumentParser
import SkillsCore
import SkillsServices
import SkillsStore

/// `skills learner erasures`: what waits to be erased, so that a coordinator can confirm learners' requests.
struct ListErasures: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erasures", abstract: "List erasures learners asked for and erasures set for a day.",
        discussion: """
            Example:  skills learner erasures
            Confirm a learner's request with `skills learner erase REF --reason TEXT` (now) or add --on DATE (later).
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Flag(help: "Print JSON for scripts.") var json = false
    @OptionGroup var table: TableOptions

    func run() async throws {
        let requests = try await DataRightsService(try await programme.services()).erasureRequests(by: programme.actorName)
        if json { return try JSONOutput.print(requests) }
        guard !requests.isEmpty else { return print("no erasure is asked for or set for a day") }
        let rows = requests.map { request in
            [
                request.learnerRef, request.eraseOn.map { "on \($0)" } ?? "waiting for a coordinator", request.askedOn,
                request.askedBy == request.learnerRef ? "the learner" : request.askedBy, request.reason,
            ]
        }
        print(
            TextTable(headers: ["learner", "erasure", "asked on", "asked by", "reason"], rows: rows, wrappable: [4]).render(
                width: table.width))
    }
}
