/// Sorts the values on a map into at most five colour steps whose ranges never overlap, each labelled for the key.
///
/// Values are compared at the precision they are printed with (whole numbers, or one decimal when they are close
/// together), so a tile's printed value always falls inside its step's printed range. With five or fewer
/// distinct printed values each value is its own step ("60.0"), so the key never reads "60 to 60".
public struct ColourScale: Sendable, Equatable {
    /// One entry of the key.
    public struct Step: Sendable, Equatable {
        /// The range in words: "41 to 55", or one value.
        public var label: String
        /// Which of the five palette colours it uses (0 = lightest).
        public var colour: Int
        /// Lowest and highest value in printed units (value × 10^decimals).
        var low: Int
        var high: Int
    }

    public static let colours = 5
    /// Decimals every value is printed with.
    public let decimals: Int
    /// The key's entries, smallest values first; empty when there are no values.
    public let steps: [Step]

    public init(values: [Double]) {
        let low = values.min() ?? 0
        let high = values.max() ?? 0
        let spread = high - low
        // Whole numbers for a wide spread, else one decimal. Never two: people in need are whole people, so the second
        // decimal of a gap per 1,000 is rounding noise, and colouring by it would single out places for no reason.
        let places = spread >= 5 ? 0 : 1
        decimals = places
        let scale = Self.power(places)
        let units = Set(values.map { Int(($0 * scale).rounded()) }).sorted()
        func text(_ unit: Int) -> String { PlainWords.decimal(Double(unit) / scale, places: places) }
        if units.count <= Self.colours {
            steps = units.enumerated().map { index, unit in
                let colour =
                    units.count == 1 ? Self.colours / 2 : Int((Double(index * (Self.colours - 1)) / Double(units.count - 1)).rounded())
                return Step(label: text(unit), colour: colour, low: unit, high: unit)
            }
        } else {
            let first = units.first!
            let span = units.last! - first + 1
            steps = (0..<Self.colours).map { index in
                let from = first + index * span / Self.colours
                let to = first + (index + 1) * span / Self.colours - 1
                return Step(label: from == to ? text(from) : "\(text(from)) to \(text(to))", colour: index, low: from, high: to)
            }
        }
    }

    /// The palette colour for a value.
    public func colour(for value: Double) -> Int {
        let unit = Int((value * Self.power(decimals)).rounded())
        return steps.first { $0.low <= unit && unit <= $0.high }?.colour ?? steps.last?.colour ?? 0
    }

    /// The value as printed on the map, at the scale's precision.
    public func text(_ value: Double) -> String { PlainWords.decimal(value, places: decimals) }

    private static func power(_ decimals: Int) -> Double { decimals == 0 ? 1 : 10 }
}
