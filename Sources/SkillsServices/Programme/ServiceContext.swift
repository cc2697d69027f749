import SkillsCore
import SkillsStore

/// What every service works with: the programme's store and the clock that says what day it is.
public struct ServiceContext: Sendable {
    public let store: any ProgrammeStore
    public let clock: Clock

    public init(store: any ProgrammeStore, clock: Clock) {
        self.store = store
        self.clock = clock
    }

    var gate: AccessGate { AccessGate(store: store) }

    /// The ref of the centre a person named by ref or by name; what they typed when it names no single centre, so the
    /// store's "no such centre, did you mean …" answers it.
    func centreRef(_ text: String) async throws -> String {
        CentreLookup(try await store.centres()).ref(for: text) ?? text
    }

    /// The centre an optional filter names; one that names no centre is an error, so a typo never lists nothing.
    func centreRef(_ text: String?) async throws -> String? {
        guard let text else { return nil }
        let centres = try await store.centres()
        guard let ref = CentreLookup(centres).ref(for: text) else {
            throw ServiceError.unknown(.centre, text, among: centres.map(\.ref) + centres.map(\.name))
        }
        return ref
    }
}
