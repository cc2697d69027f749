/// A certificate a curriculum offers and the rule for earning it.
public enum AwardRule: Codable, Equatable, Sendable {
    /// One completion certificate per module, when all its outcomes are achieved.
    case everyModule
    /// One completion certificate per skill area, when all its outcomes are achieved.
    case everyArea
    /// A whole-curriculum award whose requirements must all hold.
    case curriculum(CurriculumAward)
}

/// A named award for the curriculum as a whole ("Essential Digital Skills for Life").
public struct CurriculumAward: Codable, Equatable, Sendable {
    public var id: String
    public var title: String
    public var titleWelsh: String?
    public var requirements: [AreaRequirement]

    public init(id: String, title: String, titleWelsh: String? = nil, requirements: [AreaRequirement]) {
        self.id = id
        self.title = title
        self.titleWelsh = titleWelsh
        self.requirements = requirements
    }
}

/// How much of one skill area an award needs.
public struct AreaRequirement: Codable, Equatable, Sendable {
    /// Every outcome, or at least this many.
    public enum Amount: Codable, Equatable, Sendable {
        case all
        case atLeast(Int)
    }

    public var area: String
    public var amount: Amount

    public init(area: String, amount: Amount) {
        self.area = area
        self.amount = amount
    }

    /// Whether a number of achieved outcomes out of a total meets the requirement.
    public func isMet(achieved: Int, total: Int) -> Bool {
        switch amount {
        case .all: return total > 0 && achieved >= total
        case .atLeast(let count): return achieved >= count
        }
    }
}
