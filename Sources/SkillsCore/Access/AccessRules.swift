/// What a person may do in the programme. Roles are cumulative: a coordinator may do all a tutor may, an
/// administrator all a coordinator may.
public enum Role: String, Codable, Sendable, CaseIterable, Comparable {
    case tutor, coordinator, administrator

    var rank: Int {
        switch self {
        case .tutor: 0
        case .coordinator: 1
        case .administrator: 2
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }
}

/// Someone registered to act on the programme, and where.
public struct ProgrammeActor: Codable, Equatable, Sendable {
    public var name: String
    public var role: Role
    /// The centre a tutor works at; coordinators and administrators act everywhere.
    public var centreRef: String?

    public init(name: String, role: Role, centreRef: String?) {
        self.name = name
        self.role = role
        self.centreRef = centreRef
    }
}

/// The things the access rules distinguish.
public enum ProgrammeAction: String, Sendable, CaseIterable {
    case read = "read the programme"
    case readLearners = "read learners' details"
    case recordSession = "record sessions"
    case manageLearners = "enrol and update learners"
    case issueCertificates = "issue certificates"
    case importData = "import files"
    case report = "produce reports"
    case exportLearnerData = "export a learner's data"
    case eraseLearnerData = "erase a learner's data"
    case manageProgramme = "manage centres, tutors, curricula, regions and certificates"
    case manageRoles = "manage roles and keys"

    /// The least role that may take the action.
    public var minimumRole: Role {
        switch self {
        case .read, .readLearners, .recordSession, .manageLearners, .issueCertificates: .tutor
        case .importData, .report, .exportLearnerData, .eraseLearnerData, .manageProgramme: .coordinator
        case .manageRoles: .administrator
        }
    }

    /// Whether a tutor may take it only for learners at their own centre.
    public var isCentreScoped: Bool {
        self == .readLearners || self == .recordSession || self == .manageLearners || self == .issueCertificates
    }
}

/// Decides whether an actor may take an action.
public enum AccessRules {
    /// Nil when allowed; otherwise why not.
    public static func refusal(for actor: ProgrammeActor?, name: String, _ action: ProgrammeAction, centres: [String] = []) -> Refusal? {
        guard let actor else { return Refusal(actorName: name, action: action, reason: .notRegistered) }
        if actor.role < action.minimumRole {
            return Refusal(actorName: name, action: action, reason: .role(has: actor.role, needs: action.minimumRole))
        }
        if actor.role == .tutor, action.isCentreScoped, let own = actor.centreRef, let other = centres.first(where: { $0 != own }) {
            return Refusal(actorName: name, action: action, reason: .otherCentre(own: own, other: other))
        }
        return nil
    }
}
