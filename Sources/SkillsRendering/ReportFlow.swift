/// Pours report content down A4 portrait pages, starting a new page only when the next piece does not fit, and
/// stamps every page with the footer and "Page n of N" once the page count is known.
struct ReportFlow {
    static let margin = 42.0
    static let footerSpace = 24.0

    private(set) var pages: [DisplayList] = [.a4Portrait()]
    /// Where the next piece goes.
    var y = margin

    var left: Double { Self.margin }
    var width: Double { pages[0].width - 2 * Self.margin }
    /// The lowest point content may reach.
    var bottom: Double { pages[0].height - Self.margin - Self.footerSpace }
    var isAtTop: Bool { y <= Self.margin }
    var room: Double { bottom - y }

    /// Starts a new page unless `height` fits below the current point (or the page is still empty).
    mutating func keep(_ height: Double) {
        if y + height > bottom && !isAtTop { newPage() }
    }

    mutating func newPage() {
        pages.append(.a4Portrait())
        y = Self.margin
    }

    mutating func append(_ item: DisplayItem) { pages[pages.count - 1].append(item) }
    mutating func append(_ box: TextBox) { pages[pages.count - 1].append(box) }

    /// The pages with `footer` and the page number at the foot of each.
    func finished(footer: String) -> [DisplayList] {
        pages.enumerated().map { index, page in
            var page = page
            let top = page.height - Self.margin - 6
            page.append(
                .line(
                    from: DisplayPoint(x: Self.margin, y: top), to: DisplayPoint(x: page.width - Self.margin, y: top),
                    color: ReportPalette.track, width: 0.8))
            let font = FontSpec(family: RegionalReportLayout.sans, size: 8)
            page.append(
                TextBox(footer, font: font, color: ReportPalette.muted, x: Self.margin, y: top + 6, width: width - 90, shrinkToFit: true))
            page.append(
                TextBox(
                    "Page \(index + 1) of \(pages.count)", font: font, color: ReportPalette.muted, x: page.width - Self.margin - 90,
                    y: top + 6, width: 90, alignment: .right))
            return page
        }
    }
}
