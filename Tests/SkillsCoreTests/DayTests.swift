import SkillsCore
import Testing

@Suite("Days")
struct DayTests {
    @Test("real dates parse", arguments: ["2026-11-26", "2024-02-29", "2000-02-29", "1999-12-31"])
    func valid(_ text: String) {
        #expect(Day(iso: text)?.description == text)
    }

    @Test(
        "impossible or badly written dates do not",
        arguments: ["2026-09-31", "2023-02-29", "1900-02-29", "31/09/2026", "2026-9-1", "2026-13-01", "", "2026-11-26T10:00"])
    func invalid(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test("ordinals round-trip across leap years")
    func ordinals() {
        var day = Day(iso: "1999-12-25")!
        for _ in 0..<2000 {
            #expect(Day(ordinal: day.ordinal) == day)
            day = day.adding(days: 1)
        }
        #expect(Day(iso: "1970-01-01")!.ordinal == 0)
        #expect(Day(iso: "2026-11-26")!.days(until: Day(iso: "2027-01-05")!) == 40)
    }

    @Test("a day is written as zero-padded year, month and day, even outside the years a date may be typed in")
    func written() {
        for ordinal in stride(from: -800_000, through: 3_000_000, by: 997) {
            let day = Day(ordinal: ordinal)
            func padded(_ value: Int, _ width: Int) -> String {
                String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
            }
            #expect(day.description == "\(padded(day.year, 4))-\(padded(day.month, 2))-\(padded(day.day, 2))")
        }
        #expect(Day(ordinal: 0).description == "1970-01-01")
        #expect(Day(ordinal: -719_528).description == "0000-01-01")
        #expect(Day(ordinal: 2_932_897).description == "10000-01-01")
    }
}
