import Testing

@testable import SkillsRendering

@Suite("Report layout: tables flow down the page, headers keep their words, every page has a footer")
struct ReportLayoutTests {
    static func table(_ title: String, rows: Int) -> RegionalReportContent.Table {
        RegionalReportContent.Table(
            title: title, headers: ["Local authority and centre", "Communicating", "Learners per 1,000 in need"],
            rows: (0..<rows).map { ["Place \($0)", "\($0) of \($0 + 1)", "1.5"] }, numeric: [1, 2])
    }

    @Test("short tables share a page; a long one continues with its title and header repeated")
    func flowing() {
        let pages = RegionalReportLayout().tablePages(
            [Self.table("First", rows: 5), Self.table("Second", rows: 5), Self.table("Long", rows: 80)], footer: "Programme · Report")
        let titles = pages.map { $0.textBoxes.map(\.text) }
        #expect(titles[0].contains("First") && titles[0].contains("Second") && titles[0].contains("Long"))
        #expect(pages.count == 2)
        #expect(titles[1].contains("Long (continued)"))
        #expect(titles[1].filter { $0 == "Communicating" }.count == 1, "the header is repeated once on the next page")
        for (index, page) in pages.enumerated() {
            #expect(page.textBoxes.contains { $0.text == "Programme · Report" })
            #expect(page.textBoxes.contains { $0.text == "Page \(index + 1) of \(pages.count)" })
            // Nothing but the footer reaches into the footer band.
            let body = page.textBoxes.filter { !$0.text.hasPrefix("Page ") && $0.text != "Programme · Report" }
            #expect(
                body.allSatisfy {
                    $0.y + TextBox.lineHeight(for: $0.font.size) <= page.height - ReportFlow.margin - ReportFlow.footerSpace + 1
                })
        }
    }

    @Test("headers wrap at words only, and each column is wide enough for its longest header word")
    func headers() throws {
        let page = try #require(RegionalReportLayout().tablePages([Self.table("T", rows: 3)], footer: "F").first)
        let header = try #require(page.textBoxes.first { $0.text == "Communicating" })
        #expect(header.keepsWordsWhole)
        #expect(header.width >= TextEstimate.width("Communicating", size: header.font.size, bold: true))
    }
}
