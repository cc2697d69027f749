import ArgumentParser
import SkillsCore
import SkillsServices
import SkillsStore

/// `skills audit`: the append-only, hash-chained record of every change.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Read and verify the audit trail.", subcommands: [AuditLog.self, AuditVerify.self])
}
