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
}
