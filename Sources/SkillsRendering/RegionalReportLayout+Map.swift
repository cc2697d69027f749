extension RegionalReportLayout {
    /// The tile map: one square per place at its grid position, coloured by its key step, value and name printed.
    /// It goes on the current page when it fits there at a readable size, else at the top of the next. The key sits
    /// beside a narrow map and below a wide one, so wide maps get the whole width for bigger tiles.
    func tileMap(_ map: RegionalReportContent.TileMap, into flow: inout ReportFlow) {
        guard !map.tiles.isEmpty else { return }
        let rows = Double(map.tiles.map(\.row).max()!)
        let columns = Double(map.tiles.map(\.column).max()!)
        let legendWidth = 130.0
        let legendBelow = columns > 5
        let legendHeight = legendBelow ? 30 + 18 * Double(map.legend.count) : 0
        let widest = min(76, (flow.width - (legendBelow ? 0 : legendWidth + 16)) / columns)
        let noteLines = TextEstimate.lines(map.note, size: 9, width: flow.width * 0.94)
        let header = TextBox.lineHeight(for: 14) + 6 + Double(noteLines) * TextBox.lineHeight(for: 9) + 10
        var side = min(widest, (flow.room - header - legendHeight) / rows)
        if side < min(widest, 44) {
            flow.newPage()
            side = min(widest, (flow.room - header - legendHeight) / rows)
        }
        heading(map.title, into: &flow, size: 14)
        paragraph(map.note, into: &flow, size: 9, color: ReportPalette.muted)
        flow.y += 4
        let top = flow.y
        let labelSize = min(8.5, max(6.5, side * 0.14))
        let valueSize = min(14, side * 0.2)
        for tile in map.tiles {
            let rect = DisplayRect(
                x: flow.left + Double(tile.column - 1) * side, y: top + Double(tile.row - 1) * side, width: side - 4, height: side - 4)
            let fill = tile.colour.map { ReportPalette.sequential[$0] } ?? ReportPalette.track
            flow.append(.rectangle(rect, .fill(fill), cornerRadius: 3))
            let ink = ReportPalette.needsLightText(on: fill) ? RGBColor.white : RGBColor.black
            flow.append(
                TextBox(
                    tile.label, font: FontSpec(family: Self.sans, weight: .semibold, size: labelSize), color: ink, x: rect.x + 2,
                    y: rect.y + 3, width: rect.width - 4, alignment: .center, minimumSize: 5.5, maxLines: side >= 70 ? 3 : 2,
                    keepsWordsWhole: true))
            flow.append(
                TextBox(
                    tile.valueText, font: FontSpec(family: Self.sans, weight: .bold, size: valueSize), color: ink, x: rect.x + 2,
                    y: rect.maxY - TextBox.lineHeight(for: valueSize) - 2, width: rect.width - 4, alignment: .center, shrinkToFit: true))
        }
        if legendBelow {
            legend(map.legend, x: flow.left, top: top + rows * side + 6, width: legendWidth, into: &flow)
        } else {
            legend(map.legend, x: flow.left + columns * side + 16, top: top, width: legendWidth, into: &flow)
        }
        flow.y = top + rows * side + 12 + legendHeight
    }

    /// The key: each step's colour with its range in words, so colour is never the only clue.
    private func legend(_ entries: [RegionalReportContent.LegendEntry], x: Double, top: Double, width: Double, into flow: inout ReportFlow)
    {
        var y = top
        flow.append(
            TextBox(
                "Colour key (darker = bigger gap)", font: FontSpec(family: Self.sans, weight: .semibold, size: 9),
                color: ReportPalette.ink, x: x, y: y, width: width, maxLines: 2, keepsWordsWhole: true))
        y += 30
        for entry in entries {
            let swatch = DisplayRect(x: x, y: y, width: 16, height: 12)
            flow.append(.rectangle(swatch, .fill(entry.colour.map { ReportPalette.sequential[$0] } ?? ReportPalette.track)))
            flow.append(.rectangle(swatch, .stroke(ReportPalette.muted, width: 0.5)))
            flow.append(
                TextBox(
                    entry.label, font: FontSpec(family: Self.sans, size: 9), color: ReportPalette.ink, x: x + 22, y: y - 1,
                    width: width - 22, shrinkToFit: true))
            y += 18
        }
    }
}
