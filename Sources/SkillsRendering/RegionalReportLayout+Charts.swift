extension RegionalReportLayout {
    /// Small multiples: one bar chart per skill area, two across, each pair kept on one page.
    func charts(_ content: RegionalReportContent, into flow: inout ReportFlow) {
        let gap = 18.0
        let width = (flow.width - gap) / 2
        let firstPair = content.charts.prefix(2).map { chartHeight($0, width: width) }.max() ?? 0
        let noteHeight = Double(TextEstimate.lines(content.chartsNote, size: 9, width: flow.width * 0.94)) * TextBox.lineHeight(for: 9)
        heading(content.chartsTitle, into: &flow, size: 14, keepWith: noteHeight + firstPair + 8)
        paragraph(content.chartsNote, into: &flow, size: 9, color: ReportPalette.muted)
        var index = 0
        while index < content.charts.count {
            let pair = Array(content.charts[index..<min(index + 2, content.charts.count)])
            let height = pair.map { chartHeight($0, width: width) }.max()!
            flow.keep(height)
            for (offset, chart) in pair.enumerated() {
                barChart(
                    chart, into: &flow,
                    frame: DisplayRect(x: flow.left + Double(offset) * (width + gap), y: flow.y, width: width, height: height))
            }
            flow.y += height + 8
            index += 2
        }
        flow.y += 6
    }

    private func labelWidth(_ width: Double) -> Double { width * 0.42 }

    private func barHeight(_ bar: RegionalReportContent.Bar, width: Double) -> Double {
        TextEstimate.lines(bar.label, size: 7.5, width: labelWidth(width) - 4) > 1 ? 21 : 13
    }

    private func chartHeight(_ chart: RegionalReportContent.BarChart, width: Double) -> Double {
        20 + chart.bars.reduce(0) { $0 + barHeight($1, width: width) }
    }

    func barChart(_ chart: RegionalReportContent.BarChart, into flow: inout ReportFlow, frame: DisplayRect) {
        flow.append(
            TextBox(
                chart.title, font: FontSpec(family: Self.sans, weight: .semibold, size: 10), color: ReportPalette.ink,
                x: frame.x, y: frame.y, width: frame.width, shrinkToFit: true))
        let labels = labelWidth(frame.width)
        let valueWidth = 62.0
        let barArea = frame.width - labels - valueWidth - 4
        var y = frame.y + 18
        for bar in chart.bars {
            let height = barHeight(bar, width: frame.width)
            flow.append(
                TextBox(
                    bar.label, font: FontSpec(family: Self.sans, size: 7.5), color: ReportPalette.ink, x: frame.x, y: y,
                    width: labels - 4, alignment: .right, minimumSize: 6, maxLines: 2, keepsWordsWhole: true))
            let track = DisplayRect(x: frame.x + labels, y: y + 1, width: barArea, height: 9)
            flow.append(.rectangle(track, .fill(ReportPalette.track)))
            flow.append(
                .rectangle(
                    DisplayRect(x: track.x, y: track.y, width: barArea * min(1, max(0, bar.share)), height: track.height),
                    .fill(ReportPalette.bar)))
            flow.append(
                TextBox(
                    bar.valueText, font: FontSpec(family: Self.sans, weight: .semibold, size: 7.5), color: ReportPalette.ink,
                    x: track.maxX + 3, y: y, width: valueWidth, shrinkToFit: true))
            y += height
        }
    }

    /// The monthly trend: one column chart per measure, side by side, every value printed above its column.
    func trends(_ content: RegionalReportContent, into flow: inout ReportFlow) {
        let height = 150.0
        heading(content.trendTitle, into: &flow, size: 14, keepWith: height + 30)
        paragraph(content.trendNote, into: &flow, size: 9, color: ReportPalette.muted)
        guard !content.trends.isEmpty else { return }
        let gap = 18.0
        let width = (flow.width - gap * Double(content.trends.count - 1)) / Double(content.trends.count)
        flow.keep(height)
        for (index, chart) in content.trends.enumerated() {
            monthlyChart(
                chart, into: &flow,
                frame: DisplayRect(x: flow.left + Double(index) * (width + gap), y: flow.y, width: width, height: height))
        }
        flow.y += height + 14
    }

    private func monthlyChart(_ chart: RegionalReportContent.MonthlyChart, into flow: inout ReportFlow, frame: DisplayRect) {
        flow.append(
            TextBox(
                chart.title, font: FontSpec(family: Self.sans, weight: .semibold, size: 10), color: ReportPalette.ink, x: frame.x,
                y: frame.y, width: frame.width, shrinkToFit: true))
        let base = frame.maxY - 20
        let plotTop = frame.y + 30
        let slot = frame.width / Double(max(1, chart.values.count))
        let highest = Double(max(1, chart.values.max() ?? 0))
        flow.append(
            .line(from: DisplayPoint(x: frame.x, y: base), to: DisplayPoint(x: frame.maxX, y: base), color: ReportPalette.muted, width: 0.6)
        )
        for (index, value) in chart.values.enumerated() {
            let x = frame.x + Double(index) * slot
            let height = (base - plotTop) * Double(value) / highest
            flow.append(
                .rectangle(DisplayRect(x: x + slot * 0.15, y: base - height, width: slot * 0.7, height: height), .fill(ReportPalette.bar)))
            flow.append(
                TextBox(
                    chart.valueTexts[index], font: FontSpec(family: Self.sans, weight: .semibold, size: 6.5), color: ReportPalette.ink,
                    x: x, y: base - height - 10, width: slot, alignment: .center, shrinkToFit: true))
            flow.append(
                TextBox(
                    chart.months[index], font: FontSpec(family: Self.sans, size: 6.5), color: ReportPalette.muted, x: x, y: base + 2,
                    width: slot, alignment: .center, maxLines: 2, keepsWordsWhole: true))
        }
    }
}
