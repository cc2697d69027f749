extension RegionalReportLayout {
    static let headerSize = 7.5
    static let cellSize = 8.0
    static let indent = 9.0

    /// Where a table's columns go: widths from the longest header word and the widest cell, so no header breaks
    /// inside a word; the first (name) column wraps long names onto a second line instead of shrinking them.
    struct ColumnPlan {
        var x: [Double]
        var widths: [Double]
        var headerHeight: Double

        init(_ table: RegionalReportContent.Table, left: Double, width: Double) {
            let headerSize = RegionalReportLayout.headerSize
            let cellSize = RegionalReportLayout.cellSize
            var needs: [Double] = []
            var headerWidths: [Double] = []
            for (column, header) in table.headers.enumerated() {
                let cells = table.rows.indices.map { row -> Double in
                    guard column < table.rows[row].count else { return 0 }
                    let bold = column == 0 || table.emphasised.contains(row)
                    let indent = column == 0 && table.indented.contains(row) ? RegionalReportLayout.indent : 0
                    return TextEstimate.width(table.rows[row][column], size: cellSize, bold: bold) + indent
                }
                let widest = cells.max() ?? 0
                let word = TextEstimate.longestWord(header, size: headerSize, bold: true)
                needs.append(max(word, column == 0 ? min(widest, width * 0.3) : widest) + 6)
                headerWidths.append(TextEstimate.width(header, size: headerSize, bold: true))
            }
            let total = needs.reduce(0, +)
            if total <= width {
                let spare = width - total
                let weights = headerWidths.reduce(0, +)
                widths = zip(needs, headerWidths).map { $0 + spare * ($1 / max(1, weights)) }
            } else {
                widths = needs.map { $0 * width / total }
            }
            var position = left
            x = widths.map { width in
                defer { position += width }
                return position
            }
            let lines = zip(table.headers, widths).map { header, width in
                min(4, TextEstimate.lines(header, size: headerSize, width: width - 4, bold: true))
            }
            headerHeight = Double(lines.max() ?? 1) * TextBox.lineHeight(for: headerSize) + 5
        }

        /// A row's height: two lines when its name needs them.
        func rowHeight(_ table: RegionalReportContent.Table, row: Int) -> Double {
            let indent = table.indented.contains(row) ? RegionalReportLayout.indent : 0
            let lines = TextEstimate.lines(
                table.rows[row][0], size: RegionalReportLayout.cellSize, width: widths[0] - 4 - indent, bold: true)
            return lines > 1 ? 24 : 14
        }
    }

    /// A table poured into the flow: title, header and at least a few rows together; on each new page the title
    /// (continued) and the header again.
    func table(_ table: RegionalReportContent.Table, into flow: inout ReportFlow) {
        let plan = ColumnPlan(table, left: flow.left, width: flow.width)
        let firstRows = table.rows.indices.prefix(3).reduce(0) { $0 + plan.rowHeight(table, row: $1) }
        flow.y += 4
        heading(table.title, into: &flow, size: 12, keepWith: plan.headerHeight + firstRows)
        header(table, plan: plan, into: &flow)
        for row in table.rows.indices {
            let height = plan.rowHeight(table, row: row)
            if flow.y + height > flow.bottom {
                flow.newPage()
                heading("\(table.title) (continued)", into: &flow, size: 10)
                header(table, plan: plan, into: &flow)
            }
            if row % 2 == 1 {
                flow.append(
                    .rectangle(DisplayRect(x: flow.left, y: flow.y - 1, width: flow.width, height: height), .fill(RGBColor(hex: 0xF3F3F3))))
            }
            for (column, cell) in table.rows[row].enumerated() where column < plan.widths.count {
                let bold = column == 0 || table.emphasised.contains(row)
                let indent = column == 0 && table.indented.contains(row) ? Self.indent : 0
                let numeric = table.numeric.contains(column)
                flow.append(
                    TextBox(
                        cell, font: FontSpec(family: Self.sans, weight: bold ? .semibold : .regular, size: Self.cellSize),
                        color: ReportPalette.ink, x: plan.x[column] + indent, y: flow.y, width: plan.widths[column] - 4 - indent,
                        alignment: numeric ? .right : .left, shrinkToFit: column != 0, minimumSize: 6, maxLines: column == 0 ? 2 : 1,
                        keepsWordsWhole: column == 0))
            }
            flow.y += height
        }
        flow.y += 10
    }

    private func header(_ table: RegionalReportContent.Table, plan: ColumnPlan, into flow: inout ReportFlow) {
        for (column, header) in table.headers.enumerated() {
            flow.append(
                TextBox(
                    header, font: FontSpec(family: Self.sans, weight: .semibold, size: Self.headerSize), color: ReportPalette.ink,
                    x: plan.x[column], y: flow.y, width: plan.widths[column] - 4,
                    alignment: table.numeric.contains(column) ? .right : .left, minimumSize: 5.5, maxLines: 4, keepsWordsWhole: true))
        }
        flow.y += plan.headerHeight
        flow.append(
            .line(
                from: DisplayPoint(x: flow.left, y: flow.y - 3), to: DisplayPoint(x: flow.left + flow.width, y: flow.y - 3),
                color: ReportPalette.ink, width: 0.8))
    }
}
