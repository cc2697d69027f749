import Foundation
import SkillsRendering

/// The regional report's tile map and bars as inline SVG, drawn from the same `RegionalReportContent` the PDF is laid
/// out from, in the PDF's colour-blind-safe palette. Colours go in presentation attributes (`fill="…"`), not `style`,
/// so the strict Content-Security-Policy allows them; every value is printed as text on the drawing as well.
enum ReportSVG {
    /// One tile's side in the drawing's units.
    static let side = 100

    /// The map: a square per place at its grid position, its name and value printed on it. `labelledBy` names the
    /// element whose text describes the map to a screen reader; the table beside it gives each figure.
    static func tileMap(_ map: RegionalReportContent.TileMap, labelledBy: String) -> String {
        guard !map.tiles.isEmpty else { return "" }
        let rows = map.tiles.map(\.row).max()!
        let columns = map.tiles.map(\.column).max()!
        let tiles = map.tiles.map { tile in
            let x = (tile.column - 1) * side
            let y = (tile.row - 1) * side
            let fill = tile.colour.map { ReportPalette.sequential[$0] } ?? ReportPalette.track
            let ink = ReportPalette.needsLightText(on: fill) ? "#FFFFFF" : "#000000"
            let lines = wrapped(tile.label, width: 13).prefix(3)
            let label = lines.enumerated().map { index, line in
                "<tspan x=\"\(x + side / 2 - 2)\" dy=\"\(index == 0 ? 0 : 13)\">\(HTML.escape(line))</tspan>"
            }.joined()
            return "<g><rect x=\"\(x)\" y=\"\(y)\" width=\"\(side - 4)\" height=\"\(side - 4)\" rx=\"4\" fill=\"\(hex(fill))\"/>"
                + "<text x=\"\(x + side / 2 - 2)\" y=\"\(y + 18)\" fill=\"\(ink)\" font-size=\"12\" text-anchor=\"middle\">\(label)</text>"
                + "<text x=\"\(x + side / 2 - 2)\" y=\"\(y + side - 14)\" fill=\"\(ink)\" font-size=\"20\" font-weight=\"bold\" "
                + "text-anchor=\"middle\">\(HTML.escape(tile.valueText))</text></g>"
        }
        return "<svg class=\"tile-map\" viewBox=\"0 0 \(columns * side) \(rows * side)\" role=\"img\" aria-labelledby=\"\(labelledBy)\" "
            + "focusable=\"false\" font-family=\"system-ui, sans-serif\">\(tiles.joined())</svg>"
    }

    /// The map's key: each step's colour with its range in words, so colour is never the only clue.
    static func legend(_ entries: [RegionalReportContent.LegendEntry], title: String) -> String {
        let items = entries.map { entry in
            let fill = entry.colour.map { ReportPalette.sequential[$0] } ?? ReportPalette.track
            return "<li><svg width=\"18\" height=\"14\" aria-hidden=\"true\" focusable=\"false\"><rect width=\"18\" height=\"14\" "
                + "fill=\"\(hex(fill))\" stroke=\"#555555\"/></svg> \(HTML.escape(entry.label))</li>"
        }
        return "<div><p class=\"legend-title\">\(HTML.escape(title))</p><ul class=\"legend\">\(items.joined())</ul></div>"
    }

    /// A horizontal bar for a share in 0...1, on a pale track; decorative, because its value is printed beside it.
    static func bar(_ share: Double) -> String {
        let length = String(format: "%.1f", min(max(share, 0), 1) * 100)
        return "<svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">"
            + "<rect width=\"100\" height=\"10\" fill=\"\(hex(ReportPalette.track))\"/>"
            + "<rect width=\"\(length)\" height=\"10\" fill=\"\(hex(ReportPalette.bar))\"/></svg>"
    }

    /// `#RRGGBB` for a colour.
    static func hex(_ color: RGBColor) -> String {
        String(
            format: "#%02X%02X%02X", Int((color.red * 255).rounded()), Int((color.green * 255).rounded()), Int((color.blue * 255).rounded())
        )
    }

    /// Words split into lines of about `width` characters, never breaking a word.
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for word in text.split(separator: " ") {
            if let last = lines.last, last.count + 1 + word.count <= width {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(String(word))
            }
        }
        return lines
    }
}
