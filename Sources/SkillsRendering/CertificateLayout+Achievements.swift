extension CertificateLayout {
    /// Per-area rows centred in the page-1 body, or nil when they do not fit there or outcomes fill the body instead.
    /// `compact` puts each row on one line (both languages joined) in up to three columns, for the tightest pages.
    func summaryGrid(
        _ certificate: CertificatePage, theme: CertificateTheme, in body: DisplayRect, compact: Bool = false
    ) -> [DisplayItem]? {
        let lines = certificate.achievements
        guard !lines.isEmpty else { return nil }
        let title = sectionTitle(certificate)
        let titleLines = theme.lineCount(title, .section, width: body.width)
        let headingHeight = theme.lineHeight(.section) * Double(titleLines) + 4
        let columnCount = lines.count <= 3 ? 1 : (compact && lines.count > 4 ? 3 : 2)
        let gap = columnCount == 3 ? 24.0 : 60.0
        let width =
            columnCount == 1
            ? min(body.width, theme.largePrint ? 600 : 440) : (body.width - gap * Double(columnCount - 1)) / Double(columnCount)
        let rowsPerColumn = (lines.count + columnCount - 1) / columnCount
        let minimumRow = rowHeight(theme, languages: compact ? 1 : certificate.wordings.count)
        let rows = lines.map { line -> (items: [DisplayItem], height: Double) in
            let items = areaRow(line, certificate: certificate, theme: theme, width: width, wrap: !compact, compact: compact)
            return (items, max(minimumRow, (items.map(\.frame.maxY).max() ?? 0) + 5))
        }
        let columnHeights = stride(from: 0, to: rows.count, by: rowsPerColumn).map { start in
            rows[start..<min(rows.count, start + rowsPerColumn)].reduce(0) { $0 + $1.height }
        }
        let used = headingHeight + (columnHeights.max() ?? 0)
        guard used <= body.height else { return nil }
        let top = body.y + (body.height - used) / 3
        var items: [DisplayItem] = [
            .text(theme.text(title, .section, x: body.x, y: top, width: body.width, alignment: .center, maxLines: titleLines))
        ]
        var y = top + headingHeight
        for (index, row) in rows.enumerated() {
            let column = index / rowsPerColumn
            if index % rowsPerColumn == 0 { y = top + headingHeight }
            let x = columnCount == 1 ? body.x + (body.width - width) / 2 : body.x + Double(column) * (width + gap)
            items += row.items.map { $0.offsetBy(dx: x, dy: y) }
            y += row.height
        }
        return items
    }

    /// The per-area rows as flow blocks under a heading, for page 2 of a curriculum certificate.
    /// `withModules` adds, under each area, the modules it holds.
    func summaryBlocks(
        _ certificate: CertificatePage, theme: CertificateTheme, width: Double, withModules: Bool = true
    ) -> [ColumnFlow.Block] {
        guard !certificate.achievements.isEmpty else { return [] }
        var blocks = [sectionBlock(sectionTitle(certificate), theme: theme, width: width)]
        for line in certificate.achievements {
            var items = areaRow(line, certificate: certificate, theme: theme, width: width, wrap: true)
            var height = max(rowHeight(theme, languages: certificate.wordings.count), (items.map(\.frame.maxY).max() ?? 0) + 3)
            // What the area holds: its modules, by title, under its count.
            for wording in certificate.wordings where withModules && !line.moduleGroups.isEmpty {
                let titles = line.moduleGroups.map { wording.isWelsh ? $0.titleWelsh : $0.title }.joined(separator: " · ")
                let text = "\(wording.modules): \(titles)"
                var box = theme.text(text, .label, x: 0, y: height, width: width, maxLines: theme.lineCount(text, .label, width: width))
                box.structure = .listItem
                items.append(.text(box))
                height += box.nominalHeight
            }
            blocks.append(ColumnFlow.Block(height: height + theme.lineHeight(.body) * 0.5, items: items))
        }
        blocks[blocks.count - 1].height += theme.lineHeight(.body) * 0.6
        return blocks
    }

    /// The "I can …" outcomes grouped by area, Welsh above English on bilingual pages.
    func statementBlocks(_ certificate: CertificatePage, theme: CertificateTheme, width: Double, scale: Double = 1) -> [ColumnFlow.Block] {
        let wordings = certificate.wordings
        var blocks: [ColumnFlow.Block] = []
        for line in certificate.achievements {
            let texts = wordings.map { $0.isWelsh ? line.statementsWelsh : line.statements }
            let count = texts.map(\.count).max() ?? 0
            guard count > 0 else { continue }
            // One module or area (its title heads the page): its count goes beside "What I can do".
            if certificate.achievements.count == 1 {
                let counts = wordings.map { "\($0.whatICanDo) — \($0.count(line.achieved, of: line.total))" }
                blocks.append(sectionBlock(joined(counts), theme: theme, width: width))
            } else if blocks.isEmpty {
                blocks.append(sectionBlock(joined(wordings.map(\.whatICanDo)), theme: theme, width: width))
            }
            for index in 0..<count where certificate.achievements.count == 1 {
                let versions = texts.compactMap { index < $0.count ? $0[index] : nil }
                blocks.append(statementBlock(versions, theme: theme, width: width, scale: scale))
            }
            guard certificate.achievements.count > 1 else { continue }
            let area = joined(wordings.map { $0.isWelsh ? line.areaWelsh : line.area })
            let counts = joined(wordings.map { $0.count(line.achieved, of: line.total) })
            let title = "\(area) — \(counts)"
            let lines = theme.lineCount(title, .emphasis, width: width, scale: scale)
            let box = theme.text(title, .emphasis, x: 0, y: 0, width: width, maxLines: lines, scale: scale)
            var heading = ColumnFlow.Block(height: box.nominalHeight + 2, items: [.text(box)])
            heading.keepWithNext = true
            blocks.append(heading)
            for index in 0..<count {
                let versions = texts.compactMap { index < $0.count ? $0[index] : nil }
                blocks.append(statementBlock(versions, theme: theme, width: width, scale: scale))
            }
        }
        return blocks
    }

    private func statementBlock(_ versions: [String], theme: CertificateTheme, width: Double, scale: Double) -> ColumnFlow.Block {
        let size = max(theme.font(.body).size * scale, theme.minimumBody)
        let indent = size * 1.2
        let lineHeight = TextBox.lineHeight(for: size)
        let dot = size * 0.32
        var items: [DisplayItem] = [
            .ellipse(DisplayRect(x: indent * 0.35, y: lineHeight / 2 - dot / 2, width: dot, height: dot), .fill(theme.gold))
        ]
        var y = 0.0
        for (index, version) in versions.enumerated() {
            let lines = theme.lineCount(version, .body, width: width - indent, scale: scale)
            var box = theme.text(version, .body, x: indent, y: y, width: width - indent, maxLines: lines, scale: scale)
            box.structure = .listItem
            if index > 0 { box.color = theme.muted }
            items.append(.text(box))
            y += box.nominalHeight
        }
        return ColumnFlow.Block(height: y + size * 0.25, items: items)
    }

    private func sectionBlock(_ title: String, theme: CertificateTheme, width: Double) -> ColumnFlow.Block {
        let box = theme.text(title, .section, x: 0, y: 0, width: width, maxLines: theme.lineCount(title, .section, width: width))
        var block = ColumnFlow.Block(height: box.nominalHeight + 4, items: [.text(box)])
        block.keepWithNext = true
        return block
    }

    /// "Skills achieved so far" over a progress certificate's areas; "Skill areas completed: 2 of 6" over a
    /// curriculum certificate's, counting the areas complete out of all of them.
    func sectionTitle(_ certificate: CertificatePage) -> String {
        let complete = certificate.achievements.filter { $0.total > 0 && $0.achieved >= $0.total }.count
        return joined(
            certificate.wordings.map {
                switch certificate.kind {
                case .progress: $0.skillsSoFar
                case .curriculum: "\($0.areasCompleted): \($0.count(complete, of: certificate.achievements.count))"
                case .module: $0.outcomesAchieved
                case .area: $0.modulesCompleted
                }
            })
    }

    /// Height of one area row: a line per language, plus spacing.
    private func rowHeight(_ theme: CertificateTheme, languages: Int) -> Double {
        theme.lineHeight(.body) * Double(languages) + (languages > 1 ? 3 : 5)
    }

    /// One area: its name and "5 of 9" per language (Welsh line above English), with a small progress bar.
    private func areaRow(
        _ line: AchievementLine, certificate: CertificatePage, theme: CertificateTheme, width: Double,
        wrap: Bool = false, compact: Bool = false
    ) -> [DisplayItem] {
        if compact { return compactRow(line, certificate: certificate, theme: theme, width: width) }
        let wordings = certificate.wordings
        // One count column for every row (sized for two-digit counts), so the bars line up.
        let countWidth = wordings.map { TextMeasurer.width($0.count(88, of: 88), font: theme.font(.emphasis)) }.max()! + 4
        let barWidth = min(width * 0.2, 100)
        let nameWidth = width - countWidth - barWidth - 20
        let lineHeight = theme.lineHeight(.body)
        var items: [DisplayItem] = []
        var y = 0.0
        for (index, wording) in wordings.enumerated() {
            let name = wording.isWelsh ? line.areaWelsh : line.area
            let lines = wrap ? theme.lineCount(name, .body, width: nameWidth) : 1
            var nameBox = theme.text(name, .body, x: 0, y: y, width: nameWidth, shrink: lines == 1, maxLines: lines)
            var countBox = theme.text(
                wording.count(line.achieved, of: line.total), .emphasis, x: width - countWidth, y: y,
                width: countWidth, alignment: .right, shrink: true)
            nameBox.structure = .listItem
            countBox.structure = .listItem
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

    /// One area on one line: its names (Welsh / English) shrunk to fit, and its count.
    private func compactRow(_ line: AchievementLine, certificate: CertificatePage, theme: CertificateTheme, width: Double) -> [DisplayItem]
    {
        let wordings = certificate.wordings
        let counts = joined(wordings.map { $0.count(line.achieved, of: line.total) })
        let countWidth = min(width * 0.4, TextMeasurer.width(counts, font: theme.font(.emphasis)) + 4)
        let name = joined(wordings.map { $0.isWelsh ? line.areaWelsh : line.area })
        let nameLines = theme.lineCount(name, .body, width: width - countWidth - 8)
        var nameBox = theme.text(name, .body, x: 0, y: 0, width: width - countWidth - 8, maxLines: nameLines)
        var countBox = theme.text(counts, .emphasis, x: width - countWidth, y: 0, width: countWidth, alignment: .right, shrink: true)
        nameBox.structure = .listItem
        countBox.structure = .listItem
        return [.text(nameBox), .text(countBox)]
    }
}
