import SkillsCore
import Testing

@Suite("Colour key for maps: steps that never overlap and read sensibly with few values")
struct ColourScaleTests {
    /// Every printed value falls in exactly one step, and steps are in order with no shared values.
    func checkDisjoint(_ scale: ColourScale, _ values: [Double]) {
        for value in values {
            let printed = scale.text(value)
            let holding = scale.steps.filter { step in
                let bounds = step.label.components(separatedBy: " to ").map { Double($0.replacingOccurrences(of: ",", with: ""))! }
                let number = Double(printed.replacingOccurrences(of: ",", with: ""))!
                return bounds.first! <= number && number <= bounds.last!
            }
            #expect(holding.count == 1, "\(printed) lies in \(holding.map(\.label)) of \(scale.steps.map(\.label))")
            #expect(holding.first?.colour == scale.colour(for: value))
        }
        for step in scale.steps {
            let parts = step.label.components(separatedBy: " to ")
            #expect(parts.count == 1 || parts[0] != parts[1], "'\(step.label)' names one value twice")
        }
    }

    @Test("a wide spread gets five whole-number steps; 78 sits in one only")
    func wideSpread() {
        let values = [50.0, 60, 60, 70, 78, 80, 90, 90, 90, 100, 120, 180, 190]
        let scale = ColourScale(values: values)
        #expect(scale.steps.count == 5)
        #expect(scale.decimals == 0)
        checkDisjoint(scale, values)
    }

    @Test("one value is one step, printed once: never '60 to 60'")
    func oneValue() {
        let scale = ColourScale(values: [60, 60, 60])
        #expect(scale.steps.map(\.label) == ["60.0"])
        checkDisjoint(scale, [60])
    }

    @Test("two values are two steps at the ends of the palette")
    func twoValues() {
        let scale = ColourScale(values: [59.5, 60])
        #expect(scale.steps.map(\.label) == ["59.5", "60.0"])
        #expect(scale.steps.map(\.colour) == [0, 4])
        checkDisjoint(scale, [59.5, 60])
    }

    @Test("differences below a tenth are rounding of whole people, not a gap: one step, not two")
    func roundingNoise() {
        let scale = ColourScale(values: [49.995, 50, 49.992])
        #expect(scale.steps.map(\.label) == ["50.0"])
    }

    @Test("values close together get a decimal, so the key still tells them apart")
    func closeValues() {
        let values = (0..<15).map { 59 + Double($0) * 0.07 }
        let scale = ColourScale(values: values)
        #expect(scale.decimals == 1)
        #expect(scale.steps.count == 5)
        checkDisjoint(scale, values)
    }

    @Test("no values, no key")
    func noValues() {
        #expect(ColourScale(values: []).steps.isEmpty)
    }
}
