import ArgumentParser
import SkillsCore
import SkillsServices
import SkillsStore

/// `skills audit`: the append-only, hash-chained record of every change.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Read and verify the audit trail.", subcommands: [AuditLog.self, AuditVerify.self])
}

/// `skills audit log`.
struct AuditLog: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "List audit entries, newest first.",
        discussion: "Example:  skills audit log --actor aled --from 2026-11-01")

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: "Only this actor's entries.") var actor: String?
    @Option(help: "Only entries about this record, such as learner:L00001.") var record: String?
    @Option(help: ArgumentHelp("From this date, YYYY-MM-DD.", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Up to this date, YYYY-MM-DD.", valueName: "date")) var to: String?
    @Option(help: "At most this many entries.") var limit = 100
    @Flag(help: "Print JSON for scripts.") var json = false

    func run() async throws {
        let filter = AuditFilter(
            actor: actor, record: record, from: try Arguments.optionalDay(from, flag: "--from"),
            to: try Arguments.optionalDay(to, flag: "--to"), limit: limit)
        let entries = try await AuditService(try programme.services()).log(filter, by: programme.actorName)
        if json { return try JSONOutput.print(entries) }
        print(
            TextTable(
                headers: ["#", "when", "who", "what", "record", "details"],
                rows: entries.map { [String($0.id), $0.at, $0.actor, $0.action, $0.record, $0.details] }, rightAligned: [0]
            ).render())
    }
}

/// `skills audit verify`: finds the first edited, inserted or deleted entry.
struct AuditVerify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Check the audit trail's hash chain; names the first bad entry.",
        discussion:
            "Example:  skills audit verify --expect-head 3fa2…\nRecord the head it prints somewhere else (a minute book, an email) to detect a rewrite of the whole chain."
    )

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: "The head hash recorded earlier; fails if the chain no longer contains it as its newest entry or after.") var expectHead:
        String?

    func run() async throws {
        let (check, headFound) = try await AuditService(try programme.services()).verify(
            expectingHead: expectHead, by: programme.actorName)
        if let problem = check.problem {
            print("BROKEN: audit entry \(problem.id): \(problem.message).")
            throw ExitCode(1)
        }
        if let expectHead, !headFound {
            print("BROKEN: no entry has the recorded head \(expectHead): the chain was rewritten.")
            throw ExitCode(1)
        }
        print("intact: \(check.entries) entries, each chained to the one before; head \(check.head)")
    }
}
