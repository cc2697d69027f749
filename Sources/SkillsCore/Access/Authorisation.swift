/// A request's permission: who is acting, what they want to do, and for which learners and centres.
///
/// Services build one for every change and the store checks it inside the write transaction that makes the change,
/// with the actor and the learners' centres as that transaction reads them; so nothing can change between the check
/// and the write. The rule itself is `AccessRules`.
public struct Authorisation: Sendable, Equatable {
    public var actorName: String
    public var action: ProgrammeAction
    /// Learners the change touches; their centres count as well as `centres`.
    public var learners: [String]
    public var centres: [String]

    public init(_ actorName: String, _ action: ProgrammeAction, learners: [String] = [], centres: [String] = []) {
        self.actorName = actorName
        self.action = action
        self.learners = learners
        self.centres = centres
    }

    /// Throws the refusal when the registered actor (nil when unregistered) may not act on these centres.
    public func check(actor: ProgrammeActor?, learnerCentres: [String]) throws {
        if let refusal = AccessRules.refusal(for: actor, name: actorName, action, centres: centres + learnerCentres) {
            throw ServiceError.refused(refusal)
        }
    }
}
