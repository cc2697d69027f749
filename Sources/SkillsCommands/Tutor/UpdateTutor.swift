import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills tutor update`: change a tutor's details; only the given fields change.
struct UpdateTutor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update", abstract: "Change a tutor's details (only the options given).",
        discussion: "Example:  skills tutor update T-ALED --dbs-checked 2026-11-20")

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The tutor's reference.") var ref: String
    @OptionGroup var fields: TutorFields
    @Flag(inversion: .prefixedNo, help: "Whether the tutor is active.") var active: Bool?

    func run() async throws {
        let tutor = try await TutorService(try await programme.services()).update(ref, by: programme.actorName) { tutor in
            try fields.apply(to: &tutor)
            if let active { tutor.active = active }
        }
        print("updated tutor \(tutor.ref)")
    }
}
