/// Everything the regional measures are computed from, as plain values: places, learners and their sessions.
///
/// The store builds it in one pass over the sessions; the computation never touches the database.
public struct ReportInput: Sendable {
    /// A local authority within a region ("(not recorded)" when a centre gives none).
    public struct LocalAuthority: Sendable, Equatable {
        public var name: String
        public var region: Int
        /// The reference authority it matched (GSS code, population, position), or nil when it matched none.
        public var reference: LocalAuthorityReference?
        public init(name: String, region: Int, reference: LocalAuthorityReference? = nil) {
            self.name = name
            self.region = region
            self.reference = reference
        }
    }

    /// A centre and where it sits.
    public struct Centre: Sendable, Equatable {
        public var ref: String
        public var name: String
        public var localAuthority: Int
        public init(ref: String, name: String, localAuthority: Int) {
            self.ref = ref
            self.name = name
            self.localAuthority = localAuthority
        }
    }

    /// One learner's fixed facts and the range of their sessions in `sessions`.
    public struct Learner: Sendable, Equatable {
        public var centre: Int32
        public var enrolledOn: Int32
        /// The day they withdrew (day ordinal), or nil if they have not.
        public var withdrawnOn: Int32?
        public var openDataConsent: Bool
        public var firstSession: Int32
        public var sessionCount: Int32
        public init(centre: Int32, enrolledOn: Int32, withdrawnOn: Int32?, openDataConsent: Bool, firstSession: Int32, sessionCount: Int32)
        {
            self.centre = centre
            self.enrolledOn = enrolledOn
            self.withdrawnOn = withdrawnOn
            self.openDataConsent = openDataConsent
            self.firstSession = firstSession
            self.sessionCount = sessionCount
        }
    }

    /// One learner's attendance at one session (a group session gives one per learner).
    public struct Session: Sendable, Equatable {
        /// Day ordinal (days since 1970-01-01).
        public var day: Int32
        public var minutes: Int32
        /// Dense tutor number (0..<tutorCount).
        public var tutor: Int32
        /// Dense number of the session: every attendance with the same session ref shares one.
        public var delivery: Int32
        public init(day: Int32, minutes: Int32, tutor: Int32, delivery: Int32) {
            self.day = day
            self.minutes = minutes
            self.tutor = tutor
            self.delivery = delivery
        }
    }

    public var regions: [Region]
    public var localAuthorities: [LocalAuthority]
    public var centres: [Centre]
    public var outcomes: OutcomeIndex
    public var learners: [Learner]
    /// Each learner's sessions, contiguous and in date order.
    public var sessions: [Session]
    /// `outcomes.wordCount` words per session: the outcomes it recorded.
    public var outcomeWords: [UInt64]
    public var tutorCount: Int
    public var deliveryCount: Int

    public init(
        regions: [Region], localAuthorities: [LocalAuthority], centres: [Centre], outcomes: OutcomeIndex,
        learners: [Learner], sessions: [Session], outcomeWords: [UInt64], tutorCount: Int, deliveryCount: Int
    ) {
        self.regions = regions
        self.localAuthorities = localAuthorities
        self.centres = centres
        self.outcomes = outcomes
        self.learners = learners
        self.sessions = sessions
        self.outcomeWords = outcomeWords
        self.tutorCount = tutorCount
        self.deliveryCount = deliveryCount
    }

    /// The earliest enrolment or session day, or nil when there is nothing.
    public var firstDay: Day? {
        let earliest = min(learners.lazy.map(\.enrolledOn).min() ?? .max, sessions.lazy.map(\.day).min() ?? .max)
        return earliest == .max ? nil : Day(ordinal: Int(earliest))
    }
}
