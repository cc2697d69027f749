import ArgumentParser
import SkillsCore
import SkillsServices
import SkillsStore

/// `skills audit verify`: finds the first edited, inserted or deleted entry.
struct AuditVerify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Check the audit trail's hash chain; names the first bad entry.",
        discussion:
            "Example:  skills audit verify --expect-head 3fa29c07d1e4\nRecord the head it prints somewhere else (a minute book, an email) to detect a rewrite of the whole chain; its first 12 or more hex digits are enough."
    )

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: "The head hash recorded earlier; fails if the chain no longer contains it as its newest entry or after.") var expectHead:
        String?

    func run() async throws {
        let (check, headFound) = try await AuditService(try await programme.services()).verify(
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
        if let expectHead {
            print("the recorded head's first \(expectHead.count) hex digits were found in the chain")
        }
    }
}
