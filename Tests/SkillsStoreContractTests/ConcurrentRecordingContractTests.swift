import SkillsCore
import SkillsStore
import Testing

@Suite("Store contract: sessions recorded at the same moment", .droppingTestDatabases)
struct ConcurrentRecordingContractTests {
    /// SQLite commits recordings that arrive together in one transaction; a bad one among them must fail alone, leaving
    /// neither its session nor its audit entry, while the others are all kept, each under its own ref.
    @Test("each recording lands or fails on its own, and the chain stays whole", arguments: ContractStores.kinds)
    func eachLandsOrFailsAlone(_ kind: String) async throws {
        let programme = try await ContractProgramme.make(kind)
        let auditBefore = try await programme.store.verifyAudit().entries
        let attempts = 40
        let outcomes = try await withThrowingTaskGroup(of: (Int, Result<String, any Error>).self) { group in
            for attempt in 0..<attempts {
                group.addTask {
                    let outcome = attempt % 5 == 4 ? "F9.9" : "F1.1"
                    do {
                        return (attempt, .success(try await programme.record(learners: ["L-A"], outcomes: [outcome])))
                    } catch {
                        return (attempt, .failure(error))
                    }
                }
            }
            return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        var refs: Set<String> = []
        for (attempt, outcome) in outcomes {
            switch outcome {
            case .success(let ref):
                #expect(attempt % 5 != 4, "the recording with an unknown outcome was kept as \(ref)")
                refs.insert(ref)
            case .failure(let error):
                #expect(attempt % 5 == 4, "a good recording failed: \(error)")
                guard case ServiceError.unknown(.outcome, "F9.9", _) = error else {
                    Issue.record("the bad recording failed with \(error), not as an unknown outcome")
                    continue
                }
            }
        }
        let kept = attempts - attempts / 5
        #expect(refs.count == kept)
        #expect(try await programme.store.sessions(SessionFilter(limit: 100)).total == kept)
        let check = try await programme.store.verifyAudit()
        #expect(check.problem == nil)
        #expect(check.entries == auditBefore + kept)
    }
}
