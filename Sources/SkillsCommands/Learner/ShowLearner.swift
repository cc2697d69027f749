import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices

/// `skills learner show`: the learner's details.
struct ShowLearner: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one learner's details.", discussion: "Example:  skills learner show L000001")

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The learner's reference.") var ref: String
    @Flag(help: "Print JSON for scripts.") var json = false

    func run() async throws {
        let services = try await programme.services()
        let learner = try await LearnerService(services).show(ref, by: programme.actorName)
        if json { return try JSONOutput.print(learner) }
        if let erasure = try await DataRightsService(services).erasureNote(ref, by: programme.actorName) {
            return FactList.print([
                ("Learner", "\(learner.ref), erased on \(erasure.on) (\(erasure.reason))"), ("Centre", learner.centreRef),
                ("Enrolled", learner.enrolledOn.description), ("Status", "erased: only anonymous records are kept"),
            ])
        }
        let facts = [
            ("Learner", "\(learner.name) (\(learner.ref))"), ("Centre", learner.centreRef),
            ("Language", learner.preferredLanguage), ("Born", learner.yearOfBirth.map(String.init) ?? "—"),
            ("Postcode", learner.postcodeDistrict ?? "—"), ("Enrolled", learner.enrolledOn.description),
            ("Status", learner.status.rawValue), ("Large print", learner.largePrint ? "yes" : "no"),
            ("Open data", learner.openDataConsent ? "counted in open statistics" : "left out of open statistics"),
        ]
        FactList.print(facts)
    }
}
