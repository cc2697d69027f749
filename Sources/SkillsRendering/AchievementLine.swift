/// What a learner has achieved in one skill area (or one module), in English and Welsh.
public struct AchievementLine: Sendable, Equatable, Hashable {
    /// One module of an area, for the per-module summary an area certificate falls back to when its statements do
    /// not fit on the page.
    public struct ModuleGroup: Sendable, Equatable, Hashable {
        public var title: String
        public var titleWelsh: String
        /// Outcomes in the module (all achieved: the area is complete).
        public var outcomes: Int

        /// Creates a module summary.
        public init(title: String, titleWelsh: String, outcomes: Int) {
            self.title = title
            self.titleWelsh = titleWelsh
            self.outcomes = outcomes
        }
    }

    /// Skill area name in English, e.g. "Communicating".
    public var area: String
    /// Skill area name in Welsh, e.g. "Cyfathrebu".
    public var areaWelsh: String
    /// Outcomes achieved in the area.
    public var achieved: Int
    /// Outcomes in the area.
    public var total: Int
    /// The "I can …" outcomes achieved, in English (may be empty when only counts are wanted).
    public var statements: [String]
    /// The same outcomes in Welsh, in the same order.
    public var statementsWelsh: [String]
    /// The area's modules, for an area certificate's per-module summary (empty otherwise).
    public var moduleGroups: [ModuleGroup]

    /// Creates an achievement line.
    public init(
        area: String, areaWelsh: String, achieved: Int, total: Int,
        statements: [String] = [], statementsWelsh: [String] = [], moduleGroups: [ModuleGroup] = []
    ) {
        self.moduleGroups = moduleGroups
        self.area = area
        self.areaWelsh = areaWelsh
        self.achieved = achieved
        self.total = total
        self.statements = statements
        self.statementsWelsh = statementsWelsh
    }

    /// Share of the area achieved, clamped to 0...1.
    public var fraction: Double {
        total > 0 ? min(1, max(0, Double(achieved) / Double(total))) : 0
    }
}
