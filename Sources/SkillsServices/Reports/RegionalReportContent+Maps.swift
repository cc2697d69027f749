import SkillsCore
import SkillsRendering

extension RegionalReportContent {
    /// A map for the PDF, with the notes it needs (abbreviations used on its tiles).
    struct MapContent {
        var map: TileMap?
        var notes: [String]
    }

    /// The UK: one tile per region on the shipped grid, coloured by remaining gap per 1,000 people.
    static func regionMap(_ regions: [PlaceFigures]) -> MapContent {
        let placed = regions.filter { $0.tile != nil && $0.need?.remainingGapPer1000People != nil }
        let scale = ColourScale(values: placed.map { $0.need!.remainingGapPer1000People! })
        let tiles = placed.map { region in
            let value = region.need!.remainingGapPer1000People!
            return Tile(
                label: region.name, row: region.tile!.row, column: region.tile!.column, colour: scale.colour(for: value),
                valueText: scale.text(value))
        }
        return MapContent(
            map: tiles.isEmpty
                ? nil
                : TileMap(
                    title: "Where the gap is biggest: people per 1,000 still in need",
                    note: "Each square is a region. The number is how many people in every 1,000 lack basic digital skills and have "
                        + "not yet earned the award here; darker squares have bigger gaps.",
                    tiles: tiles, legend: scale.steps.map { LegendEntry(label: $0.label, colour: $0.colour) }),
            notes: [])
    }

    /// One region: a tile per local authority, placed near where it lies, coloured by the estimated gap per 1,000.
    static func authorityMap(_ region: PlaceFigures) -> MapContent {
        let placed = region.children.filter { $0.position != nil && $0.need?.remainingGapPer1000People != nil }
        guard !placed.isEmpty else { return MapContent(map: nil, notes: []) }
        let cells = PositionGrid.cells(for: placed.map { $0.position! })
        let columns = cells.map(\.column).max() ?? 1
        let scale = ColourScale(values: placed.map { $0.need!.remainingGapPer1000People! })
        var abbreviations: [String] = []
        let tiles = zip(placed, cells).map { authority, cell in
            let value = authority.need!.remainingGapPer1000People!
            let short = columns > 5 ? abbreviation(authority.name) : authority.name
            if short != authority.name { abbreviations.append("\(short) = \(authority.name)") }
            return Tile(label: short, row: cell.row, column: cell.column, colour: scale.colour(for: value), valueText: scale.text(value))
        }
        return MapContent(
            map: TileMap(
                title: "Where the gap is biggest in \(region.name): people per 1,000 still in need (estimated)",
                note: "Each square is a local authority, placed near where it lies. The number is an estimate of how many people in "
                    + "every 1,000 lack basic digital skills and have not yet earned the award here; darker squares have bigger gaps.",
                tiles: tiles, legend: scale.steps.map { LegendEntry(label: $0.label, colour: $0.colour) }),
            notes: abbreviations.isEmpty ? [] : ["Names shortened on the map: " + abbreviations.joined(separator: "; ") + "."])
    }

    /// A short form for a small tile: long names of several words become initials ("Bournemouth, Christchurch and
    /// Poole" → "BCP"); names that wrap onto two lines of a tile stay whole.
    static func abbreviation(_ name: String) -> String {
        guard name.count > 20 else { return name }
        let minor: Set<String> = ["and", "of", "upon", "on", "the", "in", "with", "&"]
        let words = name.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" }).map(String.init)
        let initials = words.filter { !minor.contains($0.lowercased()) }.compactMap(\.first).map(String.init).joined()
        return initials.count >= 2 ? initials.uppercased() : name
    }
}
