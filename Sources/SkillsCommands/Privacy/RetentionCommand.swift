import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills retention apply`: anonymise learners inactive for longer than the retention period.
struct RetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention", abstract: "Apply the data retention policy.", subcommands: [ApplyRetention.self])
}
