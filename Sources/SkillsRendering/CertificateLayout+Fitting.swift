extension CertificateLayout {
    /// The body of a one-page certificate: the first arrangement that fits, from the most generous to the most
    /// compact. "I can …" statements go in one centred column, then two balanced columns; in normal print first a
    /// size larger where there is room, then smaller down to the body minimum. Past that an area certificate shows one
    /// row per module and a module certificate its count. Text is never cut: every arrangement is checked against the
    /// body's height.
    func fittedBody(_ certificate: CertificatePage, theme: CertificateTheme, in body: DisplayRect) -> [DisplayItem] {
        let listsStatements = certificate.kind == .module || certificate.kind == .area
        let hasStatements = listsStatements && certificate.achievements.contains { !$0.statements.isEmpty }
        if hasStatements {
            let scales = theme.largePrint ? [1.0] : [1.2, 1.0, 0.9, theme.minimumBody / theme.font(.body).size]
            for scale in scales {
                for columnCount in [1, 2] {
                    let width = columnCount == 1 ? min(body.width * 0.7, 520) : (body.width - 40) / 2
                    let blocks = statementBlocks(certificate, theme: theme, width: width, scale: scale)
                    if let items = balanced(blocks, columns: columnCount, width: width, in: body) { return items }
                }
            }
        }
        var summary = certificate
        summary.achievements = certificate.achievements.flatMap { line -> [AchievementLine] in
            guard !line.moduleGroups.isEmpty else { return [line] }
            return line.moduleGroups.map {
                AchievementLine(area: $0.title, areaWelsh: $0.titleWelsh, achieved: $0.outcomes, total: $0.outcomes)
            }
        }
        if let grid = summaryGrid(summary, theme: theme, in: body) { return grid }
        if let grid = summaryGrid(summary, theme: theme, in: body, compact: true) { return grid }
        return countLine(certificate, theme: theme, in: body)
    }

    /// The last resort on the tightest page (bilingual large print): a module or area certificate's count on a line
    /// of its own ("Outcomes achieved: 5 of 5"); a progress certificate's areas as one paragraph
    /// ("Communicating 3 of 11 · Transacting 3 of 10 · …").
    private func countLine(_ certificate: CertificatePage, theme: CertificateTheme, in body: DisplayRect) -> [DisplayItem] {
        var boxes: [TextBox] = []
        func add(_ text: String, _ role: CertificateTheme.Role) {
            let lines = theme.lineCount(text, role, width: body.width)
            let y = boxes.last.map { $0.y + $0.nominalHeight } ?? body.y
            boxes.append(theme.text(text, role, x: body.x, y: y, width: body.width, alignment: .center, maxLines: lines))
        }
        if certificate.achievements.count == 1, let line = certificate.achievements.first {
            add(joined(certificate.wordings.map { "\($0.outcomesAchieved): \($0.count(line.achieved, of: line.total))" }), .section)
        } else {
            // No heading: "has made progress in …" above says what the counts are. Bilingual pages name each area in
            // both languages once, with its count as "3/11"; a count always stays with its area.
            let wordings = certificate.wordings
            let areas = certificate.achievements.map { line in
                let count = wordings.count > 1 ? "\(line.achieved)/\(line.total)" : wordings[0].count(line.achieved, of: line.total)
                let name = joined(wordings.map { $0.isWelsh ? line.areaWelsh : line.area })
                return "\(name) \(count.replacingOccurrences(of: " ", with: "\u{A0}"))"
            }
            add(areas.joined(separator: " · "), .body)
        }
        let used = boxes.reduce(0) { $0 + $1.nominalHeight }
        let shift = max(0, body.height - used) / 2
        return boxes.map { DisplayItem.text($0).offsetBy(dx: 0, dy: shift) }
    }

    /// Places blocks in `columns` columns of `width`, centred in `body`, with column heights as even as the blocks
    /// allow; in two columns the heading spans both, above them. Nil when they do not fit.
    private func balanced(_ blocks: [ColumnFlow.Block], columns: Int, width: Double, in body: DisplayRect) -> [DisplayItem]? {
        guard var first = blocks.first else { return nil }
        let spanning = columns == 2 && first.keepWithNext
        if spanning { first = spanned(first, width: body.width) }
        let heading = spanning ? first.height : 0
        let flowing = spanning ? Array(blocks.dropFirst()) : blocks
        let total = flowing.reduce(0) { $0 + $1.height }
        let room = body.height - heading
        guard !flowing.isEmpty, total / Double(columns) <= room else { return nil }
        let gap = body.width - 2 * width
        var height = total / Double(columns)
        while height <= room + 0.5 {
            let tall = min(height, room)
            let xs = columns == 1 ? [body.x + (body.width - width) / 2] : [body.x, body.x + width + gap]
            let rects = xs.map { DisplayRect(x: $0, y: body.y + heading, width: width, height: tall) }
            if var placed = ColumnFlow(firstColumns: rects, nextColumns: rects).placeOnOnePage(flowing) {
                if spanning { placed = first.items.map { $0.offsetBy(dx: xs[0], dy: body.y) } + placed }
                let used = placed.map(\.frame.maxY).max() ?? body.y
                let shift = max(0, (body.maxY - used) / 3)
                return placed.map { $0.offsetBy(dx: 0, dy: shift) }
            }
            height += 6
        }
        return nil
    }

    /// A heading block widened to span both columns, taking only the lines it then needs.
    private func spanned(_ block: ColumnFlow.Block, width: Double) -> ColumnFlow.Block {
        var widened = block
        var saved = 0.0
        widened.items = block.items.map { item in
            guard case .text(var box) = item else { return item }
            let lines = TextMeasurer.lineCount(box.text, font: box.font, width: width)
            saved += Double(box.maxLines - min(lines, box.maxLines)) * TextBox.lineHeight(for: box.font.size)
            box.width = width
            box.maxLines = min(lines, box.maxLines)
            return .text(box)
        }
        widened.height -= saved
        return widened
    }
}
