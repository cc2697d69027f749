/// Why the access rules refused an action: the facts a door needs to word the refusal.
public struct Refusal: Equatable, Sendable, Error {
    /// Why not.
    public enum Reason: Equatable, Sendable {
        /// The name is not registered to act on the programme.
        case notRegistered
        /// The actor's role is below what the action needs.
        case role(has: Role, needs: Role)
        /// A tutor acting for learners at another centre than their own.
        case otherCentre(own: String, other: String)
    }

    public var actorName: String
    public var action: ProgrammeAction
    public var reason: Reason

    public init(actorName: String, action: ProgrammeAction, reason: Reason) {
        self.actorName = actorName
        self.action = action
        self.reason = reason
    }

    /// The refusal in plain words, without naming any command: what the audit trail records.
    public var plainWords: String {
        switch reason {
        case .notRegistered: "'\(actorName)' is not registered to act on this programme"
        case .role(let has, let needs):
            "'\(actorName)' is a \(has.rawValue) and may not \(action.rawValue); that needs a \(needs.rawValue)"
        case .otherCentre(let own, let other):
            "'\(actorName)' is a tutor at \(own) and may not \(action.rawValue) for learners at \(other); ask a coordinator"
        }
    }
}
