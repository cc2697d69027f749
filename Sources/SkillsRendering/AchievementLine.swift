/// What a learner has achieved in one skill area, in English and Welsh.
public struct AchievementLine: Sendable, Equatable, Hashable {
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

    /// Creates an achievement line.
    public init(
        area: String, areaWelsh: String, achieved: Int, total: Int,
        statements: [String] = [], statementsWelsh: [String] = []
    ) {
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
