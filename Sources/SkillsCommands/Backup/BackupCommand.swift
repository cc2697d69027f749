import ArgumentParser
import SkillsServices

/// `skills backup --out FILE`: a checked copy of the whole programme, taken while others keep working.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Copy the whole programme into a new file while others keep working, and check the copy.",
        discussion: """
            Example:  skills backup --out backups/programme-2026-11-26.sqlite
            The copy is checked (SQLite's integrity check and the audit chain) before this says it is done. The signing
            key is not inside: keep the key file safe separately. docs/deployment.md gives a schedule and how to test a restore.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: ArgumentHelp("The new backup file (it must not exist).", valueName: "file")) var out: String

    func run() async throws {
        if case .postgres = try programme.location {
            throw UserError(
                .usage, "a PostgreSQL programme is backed up with pg_dump or continuous archiving — see docs/deployment.md")
        }
        let check = try await BackupService(try await programme.services()).backup(to: out, by: programme.actorName)
        print("backed up the programme to \(out): integrity ok, \(check.entries) audit entries intact, head \(check.head)")
        print("the signing key is not in the backup: keep \(programme.signingKey.path) safe separately")
    }
}
