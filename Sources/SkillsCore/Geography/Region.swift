/// A reporting region with its tile-map position and the baseline need figures, each with its source.
public struct Region: Codable, Equatable, Sendable {
    public var code: String
    public var name: String
    public var nameWelsh: String?
    public var tileRow: Int
    public var tileColumn: Int
    public var population: Int
    public var populationKind: String
    public var populationYear: Int
    public var populationSource: String
    /// Share of adults lacking basic digital skills, 0...1.
    public var needShare: Double
    public var needMeasure: String
    public var needYear: Int
    public var needSource: String

    public init(
        code: String, name: String, nameWelsh: String?, tileRow: Int, tileColumn: Int, population: Int,
        populationKind: String, populationYear: Int, populationSource: String, needShare: Double,
        needMeasure: String, needYear: Int, needSource: String
    ) {
        self.code = code
        self.name = name
        self.nameWelsh = nameWelsh
        self.tileRow = tileRow
        self.tileColumn = tileColumn
        self.population = population
        self.populationKind = populationKind
        self.populationYear = populationYear
        self.populationSource = populationSource
        self.needShare = needShare
        self.needMeasure = needMeasure
        self.needYear = needYear
        self.needSource = needSource
    }

    /// People estimated to lack the skills: population × need share.
    public var peopleInNeed: Int { Int((Double(population) * needShare).rounded()) }
}
