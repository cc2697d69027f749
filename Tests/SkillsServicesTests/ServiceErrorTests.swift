import Foundation
import SkillsCore
import SkillsServices
import SkillsStore
import Testing

@Suite("Service errors are data, worded by each door")
struct ServiceErrorTests {
    @Test("a bad session names every bad field with its value, and nothing is recorded")
    func fieldProblems() async throws {
        let programme = try await ServiceProgramme.make()
        let bad = Session(
            ref: "", date: Day(iso: "2027-01-05")!, minutes: -20, mode: .inPerson, tutorRef: "T-ALED", learnerRefs: ["L-GWEN"])
        await #expect {
            _ = try await SessionService(programme.context).record(bad, allowOtherCentre: false, by: ServiceProgramme.founder)
        } throws: { error in
            guard case ServiceError.invalid(let problems) = error else { return false }
            return problems.map(\.field) == ["date", "minutes"] && problems.map(\.value) == ["2027-01-05", "-20"]
        }
        let listed = try await SessionService(programme.context).list(SessionFilter(), by: ServiceProgramme.founder)
        #expect(listed.total == 0)
    }

    @Test("an unknown learner comes back as data with the nearest ref, in words that name no command")
    func unknownLearner() async throws {
        let programme = try await ServiceProgramme.make()
        do {
            _ = try await LearnerService(programme.context).show("L-GWNE", by: ServiceProgramme.founder)
            Issue.record("an unknown learner was shown")
        } catch let error as ServiceError {
            #expect(error == .unknown(.learner, "L-GWNE", nearest: "L-GWEN"))
            #expect(!error.plainWords.contains("skills "))
            #expect(!error.plainWords.contains("--"))
        }
    }
}
