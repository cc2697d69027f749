/// Lays a certificate out as display lists (one per page) without measuring glyphs or touching Cairo.
public struct CertificateLayout: Sendable {
    /// Creates a layout.
    public init() {}

    /// The pages of `certificate`: the framed certificate first, then any continuation pages of outcomes.
    public func pages(for certificate: CertificatePage) -> [DisplayList] {
        let theme = CertificateTheme(largePrint: certificate.largePrint)
        var first = theme.page
        first.items += theme.border()
        let bodyTop = header(certificate, theme: theme, into: &first)
        let bodyBottom = footer(certificate, theme: theme, into: &first) - (theme.largePrint ? 10 : 14)
        let body = DisplayRect(
            x: theme.content.x, y: bodyTop, width: theme.content.width, height: max(0, bodyBottom - bodyTop))

        var blocks: [ColumnFlow.Block] = []
        var flowStartsOnFirstPage = false
        if body.height > 0, !theme.largePrint,
            let summary = summaryGrid(certificate, theme: theme, in: body)
        {
            first.items += summary
        } else if certificate.kind == .module || certificate.kind == .area, !theme.largePrint,
            hasStatements(certificate)
        {
            flowStartsOnFirstPage = true
        } else {
            blocks += summaryBlocks(certificate, theme: theme, width: columnWidth(theme))
        }
        blocks += statementBlocks(certificate, theme: theme, width: columnWidth(theme))

        let firstColumns = flowStartsOnFirstPage ? firstPageColumns(blocks, in: body, theme: theme) : []
        let flow = ColumnFlow(firstColumns: firstColumns, nextColumns: continuationColumns(theme))
        let placed = flow.place(blocks)
        first.items += placed[0]
        var pages = [first]
        for items in placed.dropFirst() {
            var page = theme.page
            page.items += theme.border()
            page.items += items
            pages.append(page)
        }
        return numbered(pages, certificate: certificate, theme: theme)
    }

    /// Draws issuer, heading, name and title; returns where the body may start.
    private func header(_ certificate: CertificatePage, theme: CertificateTheme, into page: inout DisplayList) -> Double {
        let content = theme.content
        let wordings = certificate.wordings
        let bilingual = wordings.count > 1
        var y = content.y
        func centred(_ string: String, _ role: CertificateTheme.Role, width: Double = content.width, scale: Double = 1) {
            let x = content.x + (content.width - width) / 2
            page.append(theme.text(string, role, x: x, y: y, width: width, alignment: .center, shrink: true, scale: scale))
            y += theme.lineHeight(role, scale: scale)
        }
        centred(certificate.issuerName, .issuer, width: 520)
        y += 2
        if bilingual {
            centred(joined(wordings.map { $0.heading(for: certificate.kind) }), .heading, scale: 0.8)
        } else {
            for wording in wordings {
                centred(wording.heading(for: certificate.kind), .heading, width: 640)
            }
        }
        y += 6
        let mid = content.x + content.width / 2
        page.append(
            .line(
                from: DisplayPoint(x: mid - 40, y: y), to: DisplayPoint(x: mid + 40, y: y),
                color: theme.gold, width: 1.2))
        y += 10
        centred(joined(wordings.map(\.certifiesThat)), .intro, width: 640)
        y += 2
        centred(certificate.learnerName, .name, width: 660, scale: bilingual ? 0.9 : 1)
        y += 2
        centred(joined(wordings.map { $0.achievementVerb(for: certificate.kind) }), .intro, width: 640)
        for wording in wordings {
            centred(certificate.title(in: wording), .title, width: 660, scale: bilingual ? 0.8 : 1)
        }
        return y + (theme.largePrint ? 10 : 12)
    }

    /// Bilingual strings on one line, Welsh first; a single string unchanged.
    func joined(_ strings: [String]) -> String {
        strings.joined(separator: " / ")
    }

    private func hasStatements(_ certificate: CertificatePage) -> Bool {
        certificate.achievements.contains { !$0.statements.isEmpty || !$0.statementsWelsh.isEmpty }
    }

    /// Width of one flow column: two columns a page, one in large print.
    func columnWidth(_ theme: CertificateTheme) -> Double {
        theme.largePrint ? theme.content.width - 40 : (theme.content.width - 50) / 2
    }

    private func columns(in region: DisplayRect, theme: CertificateTheme) -> [DisplayRect] {
        let width = columnWidth(theme)
        if theme.largePrint {
            return [DisplayRect(x: region.x + 20, y: region.y, width: width, height: region.height)]
        }
        return [
            DisplayRect(x: region.x, y: region.y, width: width, height: region.height),
            DisplayRect(x: region.maxX - width, y: region.y, width: width, height: region.height),
        ]
    }

    /// One centred column when the outcomes fit in it, else the usual columns.
    private func firstPageColumns(_ blocks: [ColumnFlow.Block], in body: DisplayRect, theme: CertificateTheme) -> [DisplayRect] {
        let height = blocks.reduce(0) { $0 + $1.height }
        guard height <= body.height else { return columns(in: body, theme: theme) }
        let width = columnWidth(theme)
        let top = body.y + (body.height - height) / 3
        return [DisplayRect(x: body.x + (body.width - width) / 2, y: top, width: width, height: body.maxY - top)]
    }

    private func continuationColumns(_ theme: CertificateTheme) -> [DisplayRect] {
        let content = theme.content
        let top = content.y + theme.lineHeight(.section) + 16
        let bottom = content.maxY - theme.lineHeight(.finePrint) - 12
        return columns(in: DisplayRect(x: content.x, y: top, width: content.width, height: bottom - top), theme: theme)
    }
}
