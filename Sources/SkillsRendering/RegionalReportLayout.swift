/// Lays out the regional report as A4 portrait pages: the summary in words, the map, skill-area charts, the monthly
/// trend, tables and notes, poured one after another so pages are filled, with a footer on every page.
public struct RegionalReportLayout: Sendable {
    static let sans = "Noto Sans"

    public init() {}

    /// The pages, in order.
    public func pages(_ content: RegionalReportContent) -> [DisplayList] {
        var flow = ReportFlow()
        summary(content, into: &flow)
        if let map = content.map { tileMap(map, into: &flow) }
        trends(content, into: &flow)
        charts(content, into: &flow)
        for table in content.tables { self.table(table, into: &flow) }
        notes(content, into: &flow)
        return flow.finished(footer: content.footer)
    }

    /// Tables alone (the tutor report), flowing one after another, with `footer` on every page.
    public func tablePages(_ tables: [RegionalReportContent.Table], footer: String) -> [DisplayList] {
        var flow = ReportFlow()
        for table in tables { self.table(table, into: &flow) }
        return flow.finished(footer: footer)
    }

    func heading(_ text: String, into flow: inout ReportFlow, size: Double, keepWith following: Double = 0) {
        let height = TextBox.lineHeight(for: size) + 6
        flow.keep(height + following)
        flow.append(
            TextBox(
                text, font: FontSpec(family: Self.sans, weight: .bold, size: size), color: ReportPalette.ink, x: flow.left, y: flow.y,
                width: flow.width, shrinkToFit: true))
        flow.y += height
    }

    /// A wrapped paragraph (optionally a bullet point); the flow moves below it.
    func paragraph(
        _ text: String, into flow: inout ReportFlow, size: Double, color: RGBColor = ReportPalette.ink, indent: Double = 0,
        bullet: Bool = false
    ) {
        let width = flow.width - indent
        // A little narrower than the box, so a guess that is slightly short still leaves room for the last line.
        let lines = TextEstimate.lines(text, size: size, width: width * 0.94)
        let height = Double(lines) * TextBox.lineHeight(for: size)
        flow.keep(height)
        if bullet {
            flow.append(
                .ellipse(DisplayRect(x: flow.left + indent - 10, y: flow.y + size * 0.5, width: 4.5, height: 4.5), .fill(ReportPalette.bar))
            )
        }
        flow.append(
            TextBox(
                text, font: FontSpec(family: Self.sans, size: size), color: color, x: flow.left + indent, y: flow.y, width: width,
                maxLines: lines + 1))
        flow.y += height + size * 0.45
    }

    func summary(_ content: RegionalReportContent, into flow: inout ReportFlow) {
        heading(content.title, into: &flow, size: 20)
        paragraph(content.subtitle, into: &flow, size: 10.5, color: ReportPalette.muted)
        keyFigures(content.keyFigures, into: &flow)
        for sentence in content.sentences { paragraph(sentence, into: &flow, size: 10.5, indent: 12, bullet: true) }
        flow.y += 8
    }

    /// The figures a trustee quotes, as a row of large numbers with what each counts beneath.
    func keyFigures(_ figures: [RegionalReportContent.KeyFigure], into flow: inout ReportFlow) {
        guard !figures.isEmpty else { return }
        let perRow = min(figures.count, 4)
        let width = flow.width / Double(perRow)
        let height = 46.0
        flow.y += 4
        for (index, figure) in figures.enumerated() {
            if index % perRow == 0 && index > 0 { flow.y += height }
            let x = flow.left + Double(index % perRow) * width
            flow.append(.rectangle(DisplayRect(x: x, y: flow.y, width: 3, height: height - 8), .fill(ReportPalette.bar)))
            flow.append(
                TextBox(
                    figure.value, font: FontSpec(family: Self.sans, weight: .bold, size: 16), color: ReportPalette.ink, x: x + 8,
                    y: flow.y, width: width - 14, shrinkToFit: true))
            flow.append(
                TextBox(
                    figure.label, font: FontSpec(family: Self.sans, size: 8), color: ReportPalette.muted, x: x + 8, y: flow.y + 22,
                    width: width - 14, maxLines: 2, keepsWordsWhole: true))
        }
        flow.y += height + 6
    }

    func notes(_ content: RegionalReportContent, into flow: inout ReportFlow) {
        heading(content.notesTitle, into: &flow, size: 14, keepWith: 30)
        for note in content.notes { paragraph(note, into: &flow, size: 8.5) }
    }
}
