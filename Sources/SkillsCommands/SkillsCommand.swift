import ArgumentParser
import Foundation
import SkillsCore

/// The `skills` command tree.
public struct SkillsCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "skills",
        abstract: "Run a digital-skills programme: learners, tutors, sessions, progress, certificates and reports.",
        discussion: """
            Data lives in one SQLite file: --db PATH, else $SKILLS_DB, else ./programme.sqlite.
            Every change is recorded with who made it: --as NAME, else $SKILLS_ACTOR, else your login name.

            Start with:  skills init   then   skills learner enrol --help
            """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, CurriculumCommand.self, RegionCommand.self, CentreCommand.self, TutorCommand.self,
            LearnerCommand.self, SessionCommand.self, ProgressCommand.self, ImportCommand.self, DemoCommand.self,
            CertificateCommand.self, ReportCommand.self, ActorCommand.self, AuditCommand.self, RetentionCommand.self,
            KeyCommand.self, ProgrammeCommand.self,
        ]
    )

    public init() {}

    /// Parses the arguments and runs the command, printing a person's error as one line with its exit code.
    public static func main(arguments: [String]? = nil) async {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as UserError {
            Terminal.standardError("error: \(error.message)")
            Foundation.exit(error.kind.rawValue)
        } catch {
            exit(withError: error)
        }
    }
}
