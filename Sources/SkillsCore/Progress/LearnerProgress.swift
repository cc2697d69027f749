/// Where a learner stands against a curriculum: per area, modules done, what to do next.
public struct LearnerProgress: Codable, Equatable, Sendable {
    /// One skill area's outcomes, achieved or not.
    public struct AreaProgress: Codable, Equatable, Sendable {
        public var areaID: String
        public var title: String
        public var titleWelsh: String?
        public var achieved: Int
        public var total: Int
        public var outcomes: [OutcomeStatus]

        /// Whether every outcome of the area is achieved.
        public var isComplete: Bool { total > 0 && achieved == total }
    }

    /// One outcome and the day it was first achieved, if it has been.
    public struct OutcomeStatus: Codable, Equatable, Sendable {
        public var id: String
        public var text: String
        public var textWelsh: String?
        public var achievedOn: Day?
    }

    public var curriculumID: String
    public var curriculumVersion: Int
    public var curriculumTitle: String
    public var areas: [AreaProgress]
    public var modulesCompleted: [String]
    public var nextModule: String?
    public var nextModuleTitle: String?
    public var sessions: Int
    public var minutes: Int
    /// Outcomes achieved under an earlier version that the current version no longer has.
    public var earlierOutcomes: [String]
    public var awardsEarned: [EarnedAward]

    /// Outcomes achieved across all areas.
    public var achievedCount: Int { areas.reduce(0) { $0 + $1.achieved } }
    /// Outcomes in the curriculum.
    public var totalCount: Int { areas.reduce(0) { $0 + $1.total } }

    /// Computes progress from the outcomes a learner achieved (id → first day) and their session totals.
    public init(curriculum: Curriculum, achieved: [String: Day], sessions: Int, minutes: Int) {
        curriculumID = curriculum.id
        curriculumVersion = curriculum.version
        curriculumTitle = curriculum.title
        areas = curriculum.areas.map { area in
            let outcomes = curriculum.modules(in: area.id).flatMap(\.outcomes).map {
                OutcomeStatus(id: $0.id, text: $0.text, textWelsh: $0.textWelsh, achievedOn: achieved[$0.id])
            }
            return AreaProgress(
                areaID: area.id, title: area.title, titleWelsh: area.titleWelsh,
                achieved: outcomes.filter { $0.achievedOn != nil }.count, total: outcomes.count, outcomes: outcomes)
        }
        let completed = curriculum.modules.filter { module in module.outcomes.allSatisfy { achieved[$0.id] != nil } }
        modulesCompleted = completed.map(\.id)
        let next = curriculum.modules.first { module in module.outcomes.contains { achieved[$0.id] == nil } }
        nextModule = next?.id
        nextModuleTitle = next?.title
        self.sessions = sessions
        self.minutes = minutes
        let known = Set(curriculum.outcomes.map(\.id))
        earlierOutcomes = achieved.keys.filter { !known.contains($0) }.sorted()
        awardsEarned = AwardEligibility.earned(in: curriculum, achieved: achieved)
    }
}
