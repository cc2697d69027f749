import ArgumentParser
import SkillsCore

/// `skills tutor update`: change a tutor's details; only the given fields change.
struct UpdateTutor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update", abstract: "Change a tutor's details (only the options given).",
        discussion: "Example:  skills tutor update T-ALED --dbs-checked 2026-11-20")

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The tutor's reference.") var ref: String
    @OptionGroup var fields: TutorFields
    @Flag(inversion: .prefixedNo, help: "Whether the tutor is active.") var active: Bool?

    func run() throws {
        let store = try programme.openStore(for: .manageProgramme)
        var tutor = try store.tutor(ref)
        try fields.apply(to: &tutor)
        if let active { tutor.active = active }
        try store.updateTutor(tutor, by: programme.actorName)
        print("updated tutor \(tutor.ref)")
    }
}
