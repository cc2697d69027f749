import SkillsCore
import Testing

@Suite("Local authorities: matching centres to the reference table, and placing them on a grid")
struct LocalAuthorityTests {
    static let reference = [
        LocalAuthorityReference(
            code: "E08000035", name: "Leeds", regionCode: "E12000003", population: 798_786,
            position: GeoPosition(latitude: 53.83, longitude: -1.51)),
        LocalAuthorityReference(
            code: "E06000023", name: "City of Bristol", regionCode: "E12000009", population: 465_866,
            position: GeoPosition(latitude: 51.45, longitude: -2.77)),
        LocalAuthorityReference(
            code: "S12000049", name: "Glasgow City", regionCode: "S92000003", population: 635_640,
            position: GeoPosition(latitude: 55.86, longitude: -4.25)),
        LocalAuthorityReference(
            code: "E06000058", name: "Bournemouth, Christchurch and Poole", regionCode: "E12000009", population: 395_784,
            position: GeoPosition(latitude: 50.74, longitude: -1.88)),
    ]

    @Test("names match however councils are written, codes match exactly, typos match nothing but get a suggestion")
    func matching() {
        let matcher = LocalAuthorityMatcher(Self.reference)
        #expect(matcher.match("Leeds") == 0)
        #expect(matcher.match("Leeds City Council") == 0)
        #expect(matcher.match(" leeds ") == 0)
        #expect(matcher.match("e08000035") == 0)
        #expect(matcher.match("Bristol") == 1)
        #expect(matcher.match("Bristol City Council") == 1)
        #expect(matcher.match("Glasgow") == 2)
        #expect(matcher.match("Bournemouth, Christchurch & Poole") == 3)
        #expect(matcher.match("Leds") == nil)
        #expect(matcher.suggestion(for: "Leds") == "Leeds")
        #expect(matcher.match("") == nil)
    }

    @Test("the reference table reads with every problem listed by line and column")
    func reading() throws {
        let text = """
            gss_code,name,region_code,region_name,population_2020,latitude,longitude
            E08000035,Leeds,E12000003,Yorkshire and The Humber,798786,53.8257,-1.506
            E06000058,"Bournemouth, Christchurch and Poole",E12000009,South West,395784,50.7434,-1.8837
            """
        let read = try LocalAuthorityReference.read(text, file: "la.csv")
        #expect(read.map(\.name) == ["Leeds", "Bournemouth, Christchurch and Poole"])
        let bad = "gss_code,name,region_code,region_name,population_2020,latitude,longitude\nE1,Leeds,E12,Y,many,53,-1\n"
        #expect(throws: ServiceError.self) { try LocalAuthorityReference.read(bad, file: "la.csv") }
        do {
            _ = try LocalAuthorityReference.read(bad, file: "la.csv")
        } catch let error as ServiceError {
            #expect(error.plainWords.contains("la.csv:2:5: error: population_2020 'many' must be a whole number"))
        }
    }

    @Test("every place gets its own cell, near where it lies: north stays above south, west left of east")
    func grid() {
        let positions = (0..<30).map { GeoPosition(latitude: 53 + Double($0 % 6) * 0.2, longitude: -2 + Double($0 / 6) * 0.3) }
        let cells = PositionGrid.cells(for: positions)
        #expect(Set(cells.map { "\($0.row),\($0.column)" }).count == positions.count)
        #expect(cells.allSatisfy { $0.row >= 1 && $0.column >= 1 })
        let north = positions.indices.max { positions[$0].latitude < positions[$1].latitude }!
        let south = positions.indices.min { positions[$0].latitude < positions[$1].latitude }!
        #expect(cells[north].row < cells[south].row)
        #expect(PositionGrid.cells(for: [positions[0]]).map { "\($0.row),\($0.column)" } == ["1,1"])
        #expect(PositionGrid.cells(for: []).isEmpty)
    }

    @Test("the trend window is the twelve calendar months to the last day, across a year end")
    func trendWindow() throws {
        let window = TrendWindow(endingOn: try #require(Day(iso: "2026-02-10")))
        #expect(window.label(0) == "2025-03")
        #expect(window.label(11) == "2026-02")
        #expect(window.monthStarts.count == 12)
    }

    @Test("plain words: counts agree with their nouns, decimals are fixed")
    func words() {
        #expect(PlainWords.count(1, "learner") == "1 learner")
        #expect(PlainWords.count(2, "learner") == "2 learners")
        #expect(PlainWords.count(1_200, "authority", "authorities") == "1,200 authorities")
        #expect(PlainWords.decimal(85, places: 1) == "85.0")
        #expect(PlainWords.decimal(1_234.56, places: 1) == "1,234.6")
        #expect(PlainWords.decimal(0.05, places: 2) == "0.05")
        #expect(PlainWords.list(["A", "B", "C"]) == "A, B and C")
    }
}
