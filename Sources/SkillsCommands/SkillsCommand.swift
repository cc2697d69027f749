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

            To begin, run `skills init`, then read `skills learner enrol --help`.
            """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, CurriculumCommand.self, RegionCommand.self, CentreCommand.self, TutorCommand.self,
            LearnerCommand.self, SessionCommand.self, ProgressCommand.self, ImportCommand.self, DemoCommand.self,
            CertificateCommand.self, ReportCommand.self, ActorCommand.self, AuditCommand.self, RetentionCommand.self,
            KeyCommand.self, ProgrammeCommand.self, BackupCommand.self, RestoreCommand.self, MigrateStoreCommand.self,
            ServeCommand.self,
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
        } catch let error as ServiceError {
            fail(error.userError)
        } catch let error as UserError {
            fail(error)
        } catch let code as ExitCode {
            // A command that has already said what happened, with its own status (verify, import).
            Foundation.exit(code.rawValue)
        } catch {
            failParsing(error)
        }
    }

    /// Help and the version print as ArgumentParser prints them; a usage error prints as every other error does: one
    /// `error:` line, with the command's usage below it, and exit status 64.
    private static func failParsing(_ error: any Error) -> Never {
        guard exitCode(for: error) != .success else { exit(withError: error) }
        let lines = fullMessage(for: error).split(separator: "\n").map(String.init)
        var message = lines.first ?? "\(error)"
        if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
        Terminal.standardError("error: \(message)")
        if let usage = lines.first(where: { $0.hasPrefix("Usage: ") }) { Terminal.standardError(usage) }
        Foundation.exit(UserError.Kind.usage.rawValue)
    }

    private static func fail(_ error: UserError) -> Never {
        Terminal.standardError("error: \(error.message)")
        Foundation.exit(error.kind.rawValue)
    }
}
