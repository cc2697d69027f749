/// One learner to erase, and why (recorded in the audit trail; never the name).
public struct LearnerErasure: Sendable, Equatable {
    public var ref: String
    public var reason: String

    public init(ref: String, reason: String) {
        self.ref = ref
        self.reason = reason
    }
}
