/// A course of study: skill areas, modules in the order learners take them, and the awards it offers.
public struct Curriculum: Codable, Equatable, Sendable {
    public var id: String
    public var version: Int
    public var title: String
    public var titleWelsh: String?
    public var framework: String
    public var frameworkVersion: String?
    public var source: String?
    public var areas: [SkillArea]
    public var modules: [Module]
    public var awards: [AwardRule]

    public init(
        id: String, version: Int, title: String, titleWelsh: String? = nil, framework: String,
        frameworkVersion: String? = nil, source: String? = nil, areas: [SkillArea], modules: [Module],
        awards: [AwardRule] = []
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.titleWelsh = titleWelsh
        self.framework = framework
        self.frameworkVersion = frameworkVersion
        self.source = source
        self.areas = areas
        self.modules = modules
        self.awards = awards
    }

    /// Every outcome, in module order.
    public var outcomes: [Outcome] { modules.flatMap(\.outcomes) }

    /// The modules of one skill area, in order.
    public func modules(in area: String) -> [Module] { modules.filter { $0.area == area } }

    /// The outcome ids of one skill area, in order.
    public func outcomeIDs(in area: String) -> [String] { modules(in: area).flatMap { $0.outcomes.map(\.id) } }

    /// The module holding an outcome.
    public func module(holding outcomeID: String) -> Module? {
        modules.first { $0.outcomes.contains { $0.id == outcomeID } }
    }
}

/// One of the framework's skill areas ("Communicating").
public struct SkillArea: Codable, Equatable, Sendable {
    public var id: String
    public var title: String
    public var titleWelsh: String?
    public var line: Int?

    public init(id: String, title: String, titleWelsh: String? = nil, line: Int? = nil) {
        self.id = id
        self.title = title
        self.titleWelsh = titleWelsh
        self.line = line
    }

    enum CodingKeys: String, CodingKey { case id, title, titleWelsh }
}

/// A unit of teaching: a few hours, a handful of ordered outcomes in one skill area.
public struct Module: Codable, Equatable, Sendable {
    public var id: String
    public var title: String
    public var titleWelsh: String?
    public var area: String
    public var hours: Double
    public var outcomes: [Outcome]
    public var line: Int?

    public init(
        id: String, title: String, titleWelsh: String? = nil, area: String, hours: Double, outcomes: [Outcome],
        line: Int? = nil
    ) {
        self.id = id
        self.title = title
        self.titleWelsh = titleWelsh
        self.area = area
        self.hours = hours
        self.outcomes = outcomes
        self.line = line
    }

    enum CodingKeys: String, CodingKey { case id, title, titleWelsh, area, hours, outcomes }
}

/// Something a learner can show they can do: "I can …", mapped to DigComp competences.
public struct Outcome: Codable, Equatable, Sendable {
    public var id: String
    public var text: String
    public var textWelsh: String?
    public var digComp: [String]
    public var line: Int?

    public init(id: String, text: String, textWelsh: String? = nil, digComp: [String], line: Int? = nil) {
        self.id = id
        self.text = text
        self.textWelsh = textWelsh
        self.digComp = digComp
        self.line = line
    }

    enum CodingKeys: String, CodingKey { case id, text, textWelsh, digComp }
}
