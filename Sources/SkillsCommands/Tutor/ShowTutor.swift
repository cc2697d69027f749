import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices

/// `skills tutor show`.
struct ShowTutor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one tutor.", discussion: "Example:  skills tutor show T-ALED --json")

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The tutor's reference.") var ref: String
    @Flag(help: "Print JSON for scripts.") var json = false

    func run() async throws {
        let tutor = try await TutorService(try await programme.services()).show(ref, by: programme.actorName)
        if json { return try JSONOutput.print(tutor) }
        let facts = [
            ("Tutor", "\(tutor.name) (\(tutor.ref))"), ("Centre", tutor.centreRef), ("Role", tutor.role.rawValue),
            ("DBS checked", tutor.dbsCheckedOn?.description ?? "no check recorded"),
            (
                "DBS expires",
                tutor.effectiveDBSExpiry.map { "\($0) (\(tutor.checkLapse(today: programme.clock.today)))" } ?? "no check recorded"
            ), ("Trained", tutor.trainedOn?.description ?? "—"),
            ("Active", tutor.active ? "yes" : "no"),
        ]
        FactList.print(facts)
    }
}
