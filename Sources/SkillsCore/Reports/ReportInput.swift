/// Everything the regional measures are computed from, as plain values: the places, and each centre's sums for the
/// report's period (and the period before), tallied learner by learner as the store streams their sessions.
///
/// The store builds it in one pass over the sessions and keeps none of them; the computation never touches the
/// database.
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

    /// One learner's fixed facts.
    public struct Learner: Sendable, Equatable {
        public var centre: Int32
        public var enrolledOn: Int32
        /// The day they withdrew (day ordinal), or nil if they have not.
        public var withdrawnOn: Int32?
        public var openDataConsent: Bool
        public init(centre: Int32, enrolledOn: Int32, withdrawnOn: Int32?, openDataConsent: Bool) {
            self.centre = centre
            self.enrolledOn = enrolledOn
            self.withdrawnOn = withdrawnOn
            self.openDataConsent = openDataConsent
        }
    }

    /// One learner's attendance at one session (a group session gives one per learner).
    public struct Session: Sendable, Equatable {
        /// Day ordinal (days since 1970-01-01).
        public var day: Int32
        public var minutes: Int32
        /// Dense tutor number (0..<tutorCount).
        public var tutor: Int32
        /// Dense number of the group session (a session ref with several attendances), which its attendances share;
        /// -1 for a session with one attendance.
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
    /// The days the report covers.
    public var period: ReportPeriod
    /// Learners and attendances read, for checking a store.
    public var learnerCount: Int
    public var attendanceCount: Int
    /// Each view's sums per centre: everyone and consenting learners, for `period` and, when compared, the period before.
    public var tallies: [RegionalTallies]

    public init(
        regions: [Region], localAuthorities: [LocalAuthority], centres: [Centre], outcomes: OutcomeIndex, period: ReportPeriod,
        learnerCount: Int, attendanceCount: Int, tallies: [RegionalTallies]
    ) {
        self.regions = regions
        self.localAuthorities = localAuthorities
        self.centres = centres
        self.outcomes = outcomes
        self.period = period
        self.learnerCount = learnerCount
        self.attendanceCount = attendanceCount
        self.tallies = tallies
    }
}
