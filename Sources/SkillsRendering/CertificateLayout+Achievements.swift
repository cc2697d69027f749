extension CertificateLayout {
    /// Per-area rows centred in the page-1 body, or nil when they do not fit there or outcomes fill the body instead.
    func summaryGrid(_ certificate: CertificatePage, theme: CertificateTheme, in body: DisplayRect) -> [DisplayItem]? {
        let lines = certificate.achievements
        guard !lines.isEmpty else { return nil }
        let outcomesFirst = certificate.kind == .module || certificate.kind == .area
        if outcomesFirst && certificate.achievements.contains(where: { !$0.statements.isEmpty }) { return nil }
        let headingHeight = theme.lineHeight(.section) + 4
        let rowHeight = self.rowHeight(theme, languages: certificate.wordings.count)
        let columnCount = lines.count <= 3 ? 1 : 2
        let rowsPerColumn = (lines.count + columnCount - 1) / columnCount
        guard headingHeight + Double(rowsPerColumn) * rowHeight <= body.height else { return nil }

        let width = columnCount == 1 ? 440 : (body.width - 60) / 2
        let used = headingHeight + Double(rowsPerColumn) * rowHeight
        let top = body.y + (body.height - used) / 3
        var items: [DisplayItem] = [
            .text(
                theme.text(
                    sectionTitle(certificate), .section, x: body.x, y: top, width: body.width,
                    alignment: .center, shrink: true))
        ]
        for (index, line) in lines.enumerated() {
            let column = index / rowsPerColumn
            let row = index % rowsPerColumn
            let x = columnCount == 1 ? body.x + (body.width - width) / 2 : body.x + Double(column) * (width + 60)
            let y = top + headingHeight + Double(row) * rowHeight
            items += areaRow(line, certificate: certificate, theme: theme, width: width).map { $0.offsetBy(dx: x, dy: y) }
        }
        return items
    }

    /// The per-area rows as flow blocks under a heading, for continuation pages.
    func summaryBlocks(_ certificate: CertificatePage, theme: CertificateTheme, width: Double) -> [ColumnFlow.Block] {
        guard !certificate.achievements.isEmpty else { return [] }
        var blocks = [sectionBlock(sectionTitle(certificate), theme: theme, width: width)]
        for line in certificate.achievements {
            let items = areaRow(line, certificate: certificate, theme: theme, width: width, wrap: true)
            let height = items.map { $0.frame.maxY }.max() ?? 0
            blocks.append(ColumnFlow.Block(height: max(rowHeight(theme, languages: certificate.wordings.count), height + 5), items: items))
        }
        blocks[blocks.count - 1].height += theme.lineHeight(.body) * 0.6
        return blocks
    }

    /// The "I can …" outcomes grouped by area, Welsh above English on bilingual pages.
    func statementBlocks(_ certificate: CertificatePage, theme: CertificateTheme, width: Double) -> [ColumnFlow.Block] {
        let wordings = certificate.wordings
        var blocks: [ColumnFlow.Block] = []
        for line in certificate.achievements {
            let texts = wordings.map { $0.isWelsh ? line.statementsWelsh : line.statements }
            let count = texts.map(\.count).max() ?? 0
            guard count > 0 else { continue }
            if blocks.isEmpty {
                blocks.append(sectionBlock(joined(wordings.map(\.whatICanDo)), theme: theme, width: width))
            }
            let area = joined(wordings.map { $0.isWelsh ? line.areaWelsh : line.area })
            let counts = joined(wordings.map { $0.count(line.achieved, of: line.total) })
            let title = "\(area) — \(counts)"
            let lines = theme.mayNeedWrapping(title, .emphasis, width: width) ? 2 : 1
            let box = theme.text(title, .emphasis, x: 0, y: 0, width: width, shrink: lines == 1, maxLines: lines)
            var heading = ColumnFlow.Block(height: box.nominalHeight + 2, items: [.text(box)])
            heading.keepWithNext = true
            blocks.append(heading)
            for index in 0..<count {
                let versions = texts.compactMap { index < $0.count ? $0[index] : nil }
                blocks.append(statementBlock(versions, theme: theme, width: width))
            }
            blocks[blocks.count - 1].height += theme.lineHeight(.body) * 0.5
        }
        return blocks
    }

    private func statementBlock(_ versions: [String], theme: CertificateTheme, width: Double) -> ColumnFlow.Block {
        let indent = theme.font(.body).size * 1.2
        let lineHeight = theme.lineHeight(.body)
        let dot = theme.font(.body).size * 0.32
        var items: [DisplayItem] = [
            .ellipse(DisplayRect(x: indent * 0.35, y: lineHeight / 2 - dot / 2, width: dot, height: dot), .fill(theme.gold))
        ]
        var y = 0.0
        for (index, version) in versions.enumerated() {
            let lines = theme.mayNeedWrapping(version, .body, width: width - indent) ? 2 : 1
            var box = theme.text(version, .body, x: indent, y: y, width: width - indent, maxLines: lines)
            if index > 0 { box.color = theme.muted }
            items.append(.text(box))
            y += box.nominalHeight
        }
        return ColumnFlow.Block(height: y + 3, items: items)
    }

    private func sectionBlock(_ title: String, theme: CertificateTheme, width: Double) -> ColumnFlow.Block {
        var block = ColumnFlow.Block(
            height: theme.lineHeight(.section) + 4,
            items: [.text(theme.text(title, .section, x: 0, y: 0, width: width, shrink: true))])
        block.keepWithNext = true
        return block
    }

    private func sectionTitle(_ certificate: CertificatePage) -> String {
        joined(certificate.wordings.map { certificate.kind == .progress ? $0.skillsSoFar : $0.skillAreas })
    }

    /// Height of one area row: a line per language, plus spacing.
    private func rowHeight(_ theme: CertificateTheme, languages: Int) -> Double {
        theme.lineHeight(.body) * Double(languages) + (languages > 1 ? 3 : 5)
    }

    /// One area: its name and "5 of 9" per language (Welsh line above English), with a small progress bar.
    private func areaRow(
        _ line: AchievementLine, certificate: CertificatePage, theme: CertificateTheme, width: Double,
        wrap: Bool = false
    ) -> [DisplayItem] {
        let wordings = certificate.wordings
        let countWidth = width * 0.14
        let barWidth = width * 0.2
        let nameWidth = width - countWidth - barWidth - 20
        let lineHeight = theme.lineHeight(.body)
        var items: [DisplayItem] = []
        var y = 0.0
        for (index, wording) in wordings.enumerated() {
            let name = wording.isWelsh ? line.areaWelsh : line.area
            let lines = wrap && wordings.count == 1 && theme.mayNeedWrapping(name, .body, width: nameWidth) ? 2 : 1
            var nameBox = theme.text(name, .body, x: 0, y: y, width: nameWidth, shrink: lines == 1, maxLines: lines)
            var countBox = theme.text(
                wording.count(line.achieved, of: line.total), .emphasis, x: width - countWidth, y: y,
                width: countWidth, alignment: .right, shrink: true)
            if index > 0 {
                nameBox.color = theme.muted
                countBox.color = theme.muted
            }
            items += [.text(nameBox), .text(countBox)]
            y += nameBox.nominalHeight
        }
        let barHeight = max(5, theme.font(.body).size * 0.55)
        let barY = (wordings.count == 1 ? lineHeight : y) / 2 - barHeight / 2
        let barX = nameWidth + 10
        items.append(
            .rectangle(
                DisplayRect(x: barX, y: barY, width: barWidth, height: barHeight), .fill(theme.track),
                cornerRadius: barHeight / 2))
        if line.fraction > 0 {
            let complete = line.total > 0 && line.achieved >= line.total
            items.append(
                .rectangle(
                    DisplayRect(x: barX, y: barY, width: max(barHeight, barWidth * line.fraction), height: barHeight),
                    .fill(complete ? theme.gold : theme.navy), cornerRadius: barHeight / 2))
        }
        return items
    }
}
