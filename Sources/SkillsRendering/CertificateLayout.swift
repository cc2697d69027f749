/// Lays a certificate out as display lists (one per page): Pango measures the text so none is cut; no Cairo surface
/// is touched.
public struct CertificateLayout: Sendable {
    /// Creates a layout.
    public init() {}

    /// The pages of `certificate`. Module, area and progress certificates always take one page: the body adapts
    /// (see `CertificateLayout+Fitting.swift`). Only the whole-curriculum certificate may continue on a second page.
    public func pages(for certificate: CertificatePage) -> [DisplayList] {
        let theme = CertificateTheme(largePrint: certificate.largePrint)
        var first = theme.page
        first.items += theme.border()
        let bodyTop = header(certificate, theme: theme, into: &first)
        let bodyBottom = footer(certificate, theme: theme, into: &first) - (theme.largePrint ? 8 : 12)
        let body = DisplayRect(
            x: theme.content.x, y: bodyTop, width: theme.content.width, height: max(0, bodyBottom - bodyTop))
        if certificate.kind != .curriculum {
            first.items += fittedBody(certificate, theme: theme, in: body)
            return [first]
        }
        if let summary = summaryGrid(certificate, theme: theme, in: body) {
            first.items += summary
            return [first]
        }
        // Too many rows for page 1 (bilingual large print): page 1 says how many areas are complete, page 2 lists them.
        first.append(
            theme.text(
                sectionTitle(certificate), .section, x: body.x, y: body.y + max(0, body.height - theme.lineHeight(.section)) / 2,
                width: body.width, alignment: .center, shrink: true))
        let pageTwo = continuationColumns(theme)
        let flow = ColumnFlow(firstColumns: [], nextColumns: pageTwo)
        var placed = flow.place(summaryBlocks(certificate, theme: theme, width: pageTwo[0].width))
        if placed.count > 2 {
            placed = flow.place(summaryBlocks(certificate, theme: theme, width: pageTwo[0].width, withModules: false))
        }
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
            var box = theme.text(string, role, x: x, y: y, width: width, alignment: .center, shrink: true, scale: scale)
            if role == .heading { box.structure = .heading }
            page.append(box)
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
        // The gold rule under the heading, except on bilingual large-print pages, which need its room.
        if bilingual && theme.largePrint {
            y += 2
        } else {
            y += 8
            let mid = content.x + content.width / 2
            page.append(
                .line(
                    from: DisplayPoint(x: mid - 40, y: y), to: DisplayPoint(x: mid + 40, y: y),
                    color: theme.gold, width: 1.2))
            y += 10
        }
        centred(joined(wordings.map(\.certifiesThat)), .intro, width: 640)
        y += 2
        y += name(certificate.learnerName, theme: theme, y: y, scale: bilingual ? 0.9 : 1, into: &page)
        y += 2
        centred(joined(wordings.map { $0.achievementVerb(for: certificate.kind) }), .intro, width: 640)
        // Both titles on one line when they fit (large print needs the room), else a line each.
        let titles = joined(wordings.map { certificate.title(in: $0) })
        let titleFont = theme.font(.title)
        if bilingual, TextMeasurer.width(titles, font: titleFont.sized(max(titleFont.size * 0.8, theme.minimumBody))) <= content.width {
            centred(titles, .title, scale: 0.8)
        } else {
            for wording in wordings {
                centred(certificate.title(in: wording), .title, width: 660, scale: bilingual ? 0.8 : 1)
            }
        }
        return y + (theme.largePrint ? 10 : 12)
    }

    /// The learner's name, centred: on one line, shrunk as far as the theme allows, else wrapped at that smallest
    /// size onto as many lines as it needs, so no name is ever cut. Returns the height it took.
    private func name(_ name: String, theme: CertificateTheme, y: Double, scale: Double, into page: inout DisplayList) -> Double {
        let content = theme.content
        var box = theme.text(name, .name, x: content.x, y: y, width: content.width, alignment: .center, shrink: true, scale: scale)
        let natural = TextMeasurer.width(name, font: box.font)
        if natural > box.width {
            // Reserve the height of the size it will be drawn at, not of the nominal size.
            let fitted = max(box.minimumSize, (box.font.size * box.width / natural * 2).rounded(.down) / 2)
            box.font = box.font.sized(fitted)
            box.minimumSize = min(box.minimumSize, fitted)
        }
        if TextMeasurer.width(name, font: box.font.sized(box.minimumSize)) > box.width {
            box.font = box.font.sized(box.minimumSize)
            box.shrinkToFit = false
            box.maxLines = TextMeasurer.lineCount(name, font: box.font, width: box.width)
        }
        page.append(box)
        return box.nominalHeight
    }

    /// Bilingual strings on one line, Welsh first; a single string unchanged.
    func joined(_ strings: [String]) -> String {
        strings.joined(separator: " / ")
    }

    /// Width of one flow column: two columns a page, one in large print.
    func columnWidth(_ theme: CertificateTheme) -> Double {
        theme.largePrint ? theme.content.width - 40 : (theme.content.width - 50) / 2
    }

    func columns(in region: DisplayRect, theme: CertificateTheme) -> [DisplayRect] {
        let width = columnWidth(theme)
        if theme.largePrint {
            return [DisplayRect(x: region.x + 20, y: region.y, width: width, height: region.height)]
        }
        return [
            DisplayRect(x: region.x, y: region.y, width: width, height: region.height),
            DisplayRect(x: region.maxX - width, y: region.y, width: width, height: region.height),
        ]
    }

    /// Two columns under the running head, above the page number: page 2 of a curriculum certificate.
    private func continuationColumns(_ theme: CertificateTheme) -> [DisplayRect] {
        let content = theme.content
        let top = content.y + 2 * theme.lineHeight(.section) + 16
        let bottom = content.maxY - theme.lineHeight(.label) - 12
        let width = (content.width - 40) / 2
        return [
            DisplayRect(x: content.x, y: top, width: width, height: bottom - top),
            DisplayRect(x: content.maxX - width, y: top, width: width, height: bottom - top),
        ]
    }
}
