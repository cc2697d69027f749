/// The regional report's figures: one computation feeds the PDF, the CSV and JSON files and the open data.
public struct RegionalFigures: Codable, Equatable, Sendable {
    /// A skill area's id and title.
    public struct AreaInfo: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
    }

    public var period: ReportPeriod
    /// The period of the same length before `period`, when the report has a start date.
    public var previousPeriod: ReportPeriod?
    public var curriculumID: String
    /// The award that counts as completing the curriculum.
    public var completionTitle: String
    public var areas: [AreaInfo]
    /// Whether only learners who consented to open statistics are counted.
    public var consentingOnly: Bool
    /// The whole programme (every region).
    public var total: PlaceFigures
    /// Each region, with its local authorities and their centres beneath.
    public var regions: [PlaceFigures]
    /// Centres whose `local_authority` matched no authority of their region (counted under the name they give).
    public var unmatchedCentres: [UnmatchedCentre] = []

    /// The same figures for one region only: that region becomes the top of the report.
    public func only(region code: String) -> RegionalFigures? {
        guard let region = regions.first(where: { $0.code == code }) else { return nil }
        var copy = self
        copy.total = region
        copy.regions = [region]
        copy.unmatchedCentres = unmatchedCentres.filter { $0.regionCode == code }
        return copy
    }

    /// The names in the report's JSON, written out so that encoding needs no key strategy (see `JSONFormat.report`).
    enum CodingKeys: String, CodingKey {
        case period, areas, total, regions
        case previousPeriod = "previous_period"
        case curriculumID = "curriculum_id"
        case completionTitle = "completion_title"
        case consentingOnly = "consenting_only"
        case unmatchedCentres = "unmatched_centres"
    }
}

/// What a row of figures describes.
public enum PlaceLevel: String, Codable, Sendable, CaseIterable {
    case total, region
    case localAuthority = "local_authority"
    case centre
}

/// Every measure for one place (the programme, a region, a local authority or a centre) over the period.
public struct PlaceFigures: Codable, Equatable, Sendable {
    public var level: PlaceLevel
    /// GSS code for regions, the centre ref for centres, the name for local authorities, "ALL" for the total.
    public var code: String
    public var name: String
    /// The region's code (empty for the total).
    public var regionCode: String
    /// Learners on the books: enrolled by the period's end and not withdrawn before it began.
    public var learners: Int
    /// Learners who enrolled during the period.
    public var enrolled: Int
    /// Learners with at least one session in the period.
    public var active: Int
    /// Learners who withdrew during the period.
    public var withdrawn: Int
    /// Learners who earned the curriculum award during the period.
    public var completed: Int
    /// Learners who had earned the curriculum award by the period's end.
    public var completedToDate: Int
    /// Learners with no session in the 90 days to the period's end who had neither completed nor withdrawn.
    public var dropOff: Int
    /// Learner attendances in the period (a group session counts once per learner).
    public var sessions: Int
    /// Learner minutes in the period (the sum of `minutes` over `sessions`).
    public var minutes: Int
    /// Sessions delivered in the period (a group session counts once).
    public var deliveredSessions: Int
    /// Tutor minutes: the minutes of each delivered session, counted once.
    public var tutorMinutes: Int
    /// Tutors who led at least one session in the period.
    public var activeTutors: Int
    /// `active / activeTutors`, or nil without tutors.
    public var learnersPerTutor: Double?
    /// Per skill area, keyed by area id.
    public var areas: [String: AreaFigures]
    /// Baseline need (regions and the total only).
    public var need: NeedFigures?
    /// Tile-map position (regions only).
    public var tile: TilePosition?
    /// Where it is (local authorities from the reference table only).
    public var position: GeoPosition?
    /// Learners active and awards earned per month over the twelve months to the period's end (not for centres).
    public var trend: [MonthFigures]?
    /// The same measures over the previous period, when there is one.
    public var previous: PeriodTotals?
    /// This period minus the previous one.
    public var change: PeriodTotals?
    /// Local authorities in a region, centres in a local authority.
    public var children: [PlaceFigures]

    /// Tutor hours, from `tutorMinutes`.
    public var tutorHours: Double { Double(tutorMinutes) / 60 }

    /// `active / tutors`, or nil without tutors.
    static func learnersPerTutor(active: Int, tutors: Int) -> Double? {
        tutors == 0 ? nil : Double(active) / Double(tutors)
    }

    enum CodingKeys: String, CodingKey {
        case level, code, name, learners, enrolled, active, withdrawn, completed, sessions, minutes, areas, need, tile, position
        case trend, previous, change, children
        case regionCode = "region_code"
        case completedToDate = "completed_to_date"
        case dropOff = "drop_off"
        case deliveredSessions = "delivered_sessions"
        case tutorMinutes = "tutor_minutes"
        case activeTutors = "active_tutors"
        case learnersPerTutor = "learners_per_tutor"
    }
}

/// One skill area's figures for a place.
public struct AreaFigures: Codable, Equatable, Sendable {
    /// Learners on the books who had achieved at least one of the area's outcomes by the period's end.
    public var started: Int
    /// Learners on the books who had achieved all of the area's outcomes by the period's end.
    public var completed: Int
    /// Median, over `completed`, of the learner's sessions up to and including the day that completed the area.
    public var medianSessionsToComplete: Double?

    enum CodingKeys: String, CodingKey {
        case started, completed
        case medianSessionsToComplete = "median_sessions_to_complete"
    }
}

/// The baseline need in a region and how far the programme reaches into it.
public struct NeedFigures: Codable, Equatable, Sendable {
    public var population: Int
    public var populationKind: String
    public var populationYear: Int
    public var needShare: Double
    public var needMeasure: String
    public var needYear: Int
    /// `population × needShare`, rounded.
    public var peopleInNeed: Int
    /// `learners × 1000 / peopleInNeed`.
    public var reachPer1000InNeed: Double?
    /// `peopleInNeed − completedToDate` (never below 0).
    public var remainingGap: Int
    /// `remainingGap × 1000 / population`: the gap per head, for comparing places.
    public var remainingGapPer1000People: Double?

    /// Works out the reach and the remaining gap from a place's learners and completions.
    mutating func measure(learners: Int, completedToDate: Int) {
        remainingGap = max(0, peopleInNeed - completedToDate)
        reachPer1000InNeed = peopleInNeed > 0 ? Double(learners) * 1000 / Double(peopleInNeed) : nil
        remainingGapPer1000People = population > 0 ? Double(remainingGap) * 1000 / Double(population) : nil
    }

    enum CodingKeys: String, CodingKey {
        case population
        case populationKind = "population_kind"
        case populationYear = "population_year"
        case needShare = "need_share"
        case needMeasure = "need_measure"
        case needYear = "need_year"
        case peopleInNeed = "people_in_need"
        case reachPer1000InNeed = "reach_per_1000_in_need"
        case remainingGap = "remaining_gap"
        case remainingGapPer1000People = "remaining_gap_per_1000_people"
    }
}

/// A region's place on the tile map; row 1 is the top.
public struct TilePosition: Codable, Equatable, Sendable {
    public var row: Int
    public var column: Int
}

/// The headline measures compared across periods.
public struct PeriodTotals: Codable, Equatable, Sendable {
    public var learners: Int
    public var active: Int
    public var sessions: Int
    public var minutes: Int
    public var completed: Int
    public var tutorMinutes: Int

    enum CodingKeys: String, CodingKey {
        case learners, active, sessions, minutes, completed
        case tutorMinutes = "tutor_minutes"
    }

    init(_ place: PlaceFigures) {
        learners = place.learners
        active = place.active
        sessions = place.sessions
        minutes = place.minutes
        completed = place.completed
        tutorMinutes = place.tutorMinutes
    }

    init(learners: Int, active: Int, sessions: Int, minutes: Int, completed: Int, tutorMinutes: Int) {
        self.learners = learners
        self.active = active
        self.sessions = sessions
        self.minutes = minutes
        self.completed = completed
        self.tutorMinutes = tutorMinutes
    }

    /// `self − other`, measure by measure.
    func minus(_ other: PeriodTotals) -> PeriodTotals {
        PeriodTotals(
            learners: learners - other.learners, active: active - other.active, sessions: sessions - other.sessions,
            minutes: minutes - other.minutes, completed: completed - other.completed, tutorMinutes: tutorMinutes - other.tutorMinutes)
    }
}
