import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices
import SkillsStore

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
        let erasure = try await DataRightsService(services).erasureRequest(of: ref, by: programme.actorName)
        FactList.print(facts + (erasure.map { [("Erasure", Self.describe($0))] } ?? []))
    }

    /// An erasure that waits, in words: when it will happen, or that a coordinator must confirm it.
    static func describe(_ request: ErasureRequest) -> String {
        guard let day = request.eraseOn else {
            return
                "asked for by the learner on \(request.askedOn) (\(request.reason)); a coordinator confirms it with `skills learner erase`"
        }
        return "set for \(day) by \(request.askedBy) (\(request.reason))"
    }
}
