import SkillsCore
import Testing

@Suite("Regional report core: disclosure control and plain words")
struct RegionalReportCoreTests {
    @Test("counts 1 to 4 are hidden, and a lone hidden cell in a group is joined by the smallest non-zero sibling")
    func secondarySuppression() {
        // Row 0 is the total of rows 1–3; row 1 is the total of rows 4–5.
        let counts = [[20], [9], [8], [3], [7], [2]]
        let parents: [Int?] = [nil, 0, 0, 0, 1, 1]
        let hidden = DisclosureControl.suppressed(counts: counts, parents: parents).map { $0[0] }
        #expect(hidden == [false, false, true, true, true, true])
    }

    @Test("a hidden total with every child shown forces a child to be hidden")
    func hiddenTotal() {
        let hidden = DisclosureControl.suppressed(counts: [[3], [0], [3]], parents: [nil, 0, 0]).map { $0[0] }
        #expect(hidden.filter { $0 }.count != 1)
        #expect(hidden[0] && hidden[2])
    }

    @Test("shares become simple fractions; 'none' only when nobody has")
    func fractions() {
        #expect(PlainWords.fraction(0.34)! == (1, 3))
        #expect(PlainWords.fraction(0.97)! == (9, 10))
        #expect(PlainWords.fraction(1)! == (1, 1))
        #expect(PlainWords.fraction(0) == nil)
        #expect(PlainWords.number(1_234_567) == "1,234,567")
        #expect(RegionalTable.decimal(2.5) == "2.5" && RegionalTable.decimal(12.25) == "12.25" && RegionalTable.decimal(3) == "3")
    }
}
