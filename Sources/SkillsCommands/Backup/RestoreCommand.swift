import ArgumentParser
import Foundation
import SkillsCore
import SkillsSQLite
import SkillsServices
import SkillsStore
import SkillsStoreFactory

/// `skills restore FILE`: puts a checked backup in place of the programme.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Replace the programme with a backup, after checking the backup.",
        discussion: """
            Example:  skills restore backups/programme-2026-11-26.sqlite --db programme.sqlite
            The backup is checked first (integrity and audit chain). An existing programme is replaced only with --force,
            and only by an administrator. The restore is recorded in the audit trail.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The backup file.") var backup: String
    @Flag(help: "Replace an existing programme.") var force = false

    func run() async throws {
        if case .postgres = try programme.location {
            throw UserError(
                .usage,
                "a PostgreSQL programme is restored with PostgreSQL's own tools (pg_restore, point-in-time recovery) — see docs/deployment.md"
            )
        }
        let path = programme.databasePath
        let check: AuditCheck
        if FileManager.default.fileExists(atPath: path) {
            guard force else {
                throw UserError(.usage, "'\(path)' already holds a programme — add --force to replace it with the backup")
            }
            check = try await BackupService(try await programme.services()).restore(from: backup, by: programme.actorName)
        } else {
            do {
                let store = try SQLiteStore.create(path: path, clock: programme.clock)
                check = try await BackupService(ServiceContext(store: store, clock: programme.clock)).restoreIntoEmpty(
                    from: backup, by: programme.actorName)
            } catch {
                // Leave no half-made programme behind when the backup was refused.
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
                throw error
            }
        }
        print("restored \(path) from \(backup): \(check.entries) audit entries intact, head \(check.head)")
    }
}
