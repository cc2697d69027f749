/// Lays out the regional report as A4 portrait pages: a summary with the tile map, bar charts, tables and notes.
public struct RegionalReportLayout: Sendable {
    static let margin = 42.0
    static let sans = "Noto Sans"

    public init() {}

    /// The pages, in order.
    public func pages(_ content: RegionalReportContent) -> [DisplayList] {
        var pages = [summary(content), charts(content)]
        for table in content.tables { pages += tablePages(table) }
        pages.append(notes(content))
        return pages
    }

    private func heading(_ text: String, on page: inout DisplayList, y: Double, size: Double = 20) {
        page.append(
            TextBox(
                text, font: FontSpec(family: Self.sans, weight: .bold, size: size), color: ReportPalette.ink,
                x: Self.margin, y: y, width: page.width - 2 * Self.margin, shrinkToFit: true))
    }

    private func paragraph(
        _ text: String, on page: inout DisplayList, y: Double, size: Double = 11, lines: Int = 3, color: RGBColor = ReportPalette.ink
    ) -> Double {
        let box = TextBox(
            text, font: FontSpec(family: Self.sans, size: size), color: color, x: Self.margin, y: y,
            width: page.width - 2 * Self.margin, maxLines: lines)
        page.append(box)
        return y + box.nominalHeight
    }

    func summary(_ content: RegionalReportContent) -> DisplayList {
        var page = DisplayList.a4Portrait()
        heading(content.title, on: &page, y: Self.margin)
        var y = paragraph(content.subtitle, on: &page, y: Self.margin + 30, size: 11, lines: 1, color: ReportPalette.muted) + 10
        for sentence in content.sentences {
            let dot = DisplayItem.ellipse(DisplayRect(x: Self.margin, y: y + 6, width: 5, height: 5), .fill(ReportPalette.bar))
            page.append(dot)
            let box = TextBox(
                sentence, font: FontSpec(family: Self.sans, size: 12), color: ReportPalette.ink, x: Self.margin + 12, y: y,
                width: page.width - 2 * Self.margin - 12, maxLines: 3)
            page.append(box)
            let lines = min(3, Int((Double(sentence.count) * 6.1 / box.width).rounded(.up)))
            y += Double(max(1, lines)) * TextBox.lineHeight(for: 12) + 6
        }
        y += 10
        heading(content.mapTitle, on: &page, y: y, size: 14)
        y = paragraph(content.mapNote, on: &page, y: y + 22, size: 9, lines: 2, color: ReportPalette.muted) + 8
        tileMap(content.tiles, on: &page, top: y)
        return page
    }

    /// The tile map: one square per region at its grid position, coloured in five steps, value and name printed.
    func tileMap(_ tiles: [RegionalReportContent.Tile], on page: inout DisplayList, top: Double) {
        guard !tiles.isEmpty else { return }
        let rows = tiles.map(\.row).max()!
        let columns = tiles.map(\.column).max()!
        let legendWidth = 150.0
        let available = min(page.height - top - Self.margin, page.width - 2 * Self.margin - legendWidth - 20)
        let side = min(88, available / Double(max(rows, columns)))
        let values = tiles.compactMap(\.value)
        let low = values.min() ?? 0
        let high = values.max() ?? 0
        func step(_ value: Double) -> Int {
            guard high > low else { return 2 }
            return min(4, Int((value - low) / (high - low) * 5))
        }
        let left = Self.margin
        for tile in tiles {
            let rect = DisplayRect(
                x: left + Double(tile.column - 1) * side, y: top + Double(tile.row - 1) * side, width: side - 4, height: side - 4)
            let fill = tile.value.map { ReportPalette.sequential[step($0)] } ?? ReportPalette.track
            page.append(.rectangle(rect, .fill(fill), cornerRadius: 4))
            let ink = ReportPalette.needsLightText(on: fill) ? RGBColor.white : RGBColor.black
            page.append(
                TextBox(
                    tile.label, font: FontSpec(family: Self.sans, weight: .semibold, size: 8.5), color: ink,
                    x: rect.x + 3, y: rect.y + 6, width: rect.width - 6, alignment: .center, maxLines: 2))
            page.append(
                TextBox(
                    tile.valueText, font: FontSpec(family: Self.sans, weight: .bold, size: 14), color: ink,
                    x: rect.x + 3, y: rect.maxY - 26, width: rect.width - 6, alignment: .center, shrinkToFit: true))
        }
        // Legend: each step with its range in words, so the colour is never the only clue.
        let legendX = left + Double(columns) * side + 20
        var y = top
        page.append(
            TextBox(
                "Colour key (darker = bigger gap)", font: FontSpec(family: Self.sans, weight: .semibold, size: 9),
                color: ReportPalette.ink, x: legendX, y: y, width: legendWidth, maxLines: 2))
        y += 30
        for index in 0..<5 {
            let from = low + (high - low) * Double(index) / 5
            let to = low + (high - low) * Double(index + 1) / 5
            page.append(.rectangle(DisplayRect(x: legendX, y: y, width: 16, height: 12), .fill(ReportPalette.sequential[index])))
            page.append(.rectangle(DisplayRect(x: legendX, y: y, width: 16, height: 12), .stroke(ReportPalette.muted, width: 0.5)))
            page.append(
                TextBox(
                    "\(Int(from.rounded())) to \(Int(to.rounded()))", font: FontSpec(family: Self.sans, size: 9),
                    color: ReportPalette.ink, x: legendX + 22, y: y - 1, width: legendWidth - 22))
            y += 18
        }
        page.append(.rectangle(DisplayRect(x: legendX, y: y, width: 16, height: 12), .fill(ReportPalette.track)))
        page.append(
            TextBox(
                "not in this report", font: FontSpec(family: Self.sans, size: 9), color: ReportPalette.ink,
                x: legendX + 22, y: y - 1, width: legendWidth - 22))
    }

    /// Small multiples: one bar chart per skill area, two across.
    func charts(_ content: RegionalReportContent) -> DisplayList {
        var page = DisplayList.a4Portrait()
        heading(content.chartsTitle, on: &page, y: Self.margin, size: 16)
        let top = paragraph(content.chartsNote, on: &page, y: Self.margin + 26, size: 9, lines: 2, color: ReportPalette.muted) + 8
        let gap = 18.0
        let width = (page.width - 2 * Self.margin - gap) / 2
        let rows = (content.charts.count + 1) / 2
        let height = (page.height - top - Self.margin) / Double(max(1, rows))
        for (index, chart) in content.charts.enumerated() {
            let x = Self.margin + Double(index % 2) * (width + gap)
            let y = top + Double(index / 2) * height
            barChart(chart, on: &page, frame: DisplayRect(x: x, y: y, width: width, height: height - 10))
        }
        return page
    }

    func barChart(_ chart: RegionalReportContent.BarChart, on page: inout DisplayList, frame: DisplayRect) {
        page.append(
            TextBox(
                chart.title, font: FontSpec(family: Self.sans, weight: .semibold, size: 10.5), color: ReportPalette.ink,
                x: frame.x, y: frame.y, width: frame.width, shrinkToFit: true))
        let labelWidth = frame.width * 0.42
        let valueWidth = 34.0
        let barArea = frame.width - labelWidth - valueWidth - 6
        let rowHeight = min(14, (frame.height - 20) / Double(max(1, chart.bars.count)))
        var y = frame.y + 18
        for bar in chart.bars {
            page.append(
                TextBox(
                    bar.label, font: FontSpec(family: Self.sans, size: 7.5), color: ReportPalette.ink,
                    x: frame.x, y: y, width: labelWidth - 4, alignment: .right, shrinkToFit: true))
            let track = DisplayRect(x: frame.x + labelWidth, y: y + 2, width: barArea, height: rowHeight - 4)
            page.append(.rectangle(track, .fill(ReportPalette.track)))
            page.append(
                .rectangle(
                    DisplayRect(x: track.x, y: track.y, width: barArea * min(1, max(0, bar.share)), height: track.height),
                    .fill(ReportPalette.bar)))
            page.append(
                TextBox(
                    bar.valueText, font: FontSpec(family: Self.sans, weight: .semibold, size: 7.5), color: ReportPalette.ink,
                    x: track.maxX + 3, y: y, width: valueWidth))
            y += rowHeight
        }
    }

    /// A table over as many pages as it needs, the header repeated on each.
    public func tablePages(_ table: RegionalReportContent.Table) -> [DisplayList] {
        let rowHeight = 15.0
        var pages: [DisplayList] = []
        let perPage = Int((842 - 2 * Self.margin - 70) / rowHeight)
        var start = 0
        repeat {
            var page = DisplayList.a4Portrait()
            heading(pages.isEmpty ? table.title : "\(table.title) (continued)", on: &page, y: Self.margin, size: 14)
            let width = page.width - 2 * Self.margin
            let first = width * 0.26
            let other = (width - first) / Double(max(1, table.headers.count - 1))
            func x(_ column: Int) -> Double { Self.margin + (column == 0 ? 0 : first + Double(column - 1) * other) }
            func w(_ column: Int) -> Double { column == 0 ? first - 4 : other - 4 }
            var y = Self.margin + 30
            for (column, header) in table.headers.enumerated() {
                page.append(
                    TextBox(
                        header, font: FontSpec(family: Self.sans, weight: .semibold, size: 7.5), color: ReportPalette.ink,
                        x: x(column), y: y, width: w(column), alignment: table.numeric.contains(column) ? .right : .left, maxLines: 4))
            }
            y += 46
            page.append(
                .line(
                    from: DisplayPoint(x: Self.margin, y: y - 3), to: DisplayPoint(x: page.width - Self.margin, y: y - 3),
                    color: ReportPalette.ink, width: 0.8))
            let end = min(table.rows.count, start + perPage)
            for (offset, row) in table.rows[start..<end].enumerated() {
                if offset % 2 == 1 {
                    page.append(
                        .rectangle(DisplayRect(x: Self.margin, y: y - 1, width: width, height: rowHeight), .fill(RGBColor(hex: 0xF3F3F3))))
                }
                for (column, cell) in row.enumerated() {
                    page.append(
                        TextBox(
                            cell, font: FontSpec(family: Self.sans, weight: column == 0 ? .semibold : .regular, size: 8),
                            color: ReportPalette.ink, x: x(column), y: y, width: w(column),
                            alignment: table.numeric.contains(column) ? .right : .left, shrinkToFit: true))
                }
                y += rowHeight
            }
            pages.append(page)
            start = end
        } while start < table.rows.count
        return pages
    }

    func notes(_ content: RegionalReportContent) -> DisplayList {
        var page = DisplayList.a4Portrait()
        heading(content.notesTitle, on: &page, y: Self.margin, size: 14)
        var y = Self.margin + 28
        for note in content.notes {
            let lines = max(1, Int((Double(note.count) * 5.0 / (page.width - 2 * Self.margin)).rounded(.up)))
            y = paragraph(note, on: &page, y: y, size: 9, lines: lines + 1) + 4
        }
        return page
    }
}
