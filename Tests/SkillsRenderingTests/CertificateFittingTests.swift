import Testing

@testable import SkillsRendering

/// The one-page promise, checked from the layout itself: Pango measures every text box as the PDF draws it.
@Suite("Certificate fitting")
struct CertificateFittingTests {
    let layout = CertificateLayout()

    static func describe(_ certificate: CertificatePage) -> String {
        "\(certificate.kind) \(certificate.language) large=\(certificate.largePrint)"
    }

    @Test("module, area and progress certificates take one page; a curriculum certificate at most two")
    func pageCounts() {
        for certificate in Fixtures.longNameVariants {
            let pages = layout.pages(for: certificate)
            let allowed = certificate.kind == .curriculum ? 2 : 1
            #expect((1...allowed).contains(pages.count), "\(Self.describe(certificate)): \(pages.count) pages")
        }
    }

    @Test("no text box needs more lines than it reserves, or more width than it has at its smallest size; no list has a blank line")
    func noTextIsCut() {
        for certificate in Fixtures.longNameVariants {
            for box in layout.pages(for: certificate).flatMap(\.textBoxes) {
                if box.shrinkToFit && box.maxLines == 1 {
                    let smallest = TextMeasurer.width(box.text, font: box.font.sized(box.minimumSize))
                    #expect(smallest <= box.width + 0.5, "\(Self.describe(certificate)): '\(box.text)' is cut")
                } else {
                    let lines = TextMeasurer.lineCount(box.text, font: box.font, width: box.width)
                    #expect(lines <= box.maxLines, "\(Self.describe(certificate)): '\(box.text)' needs \(lines) of \(box.maxLines)")
                    if box.structure == .listItem {
                        #expect(lines == box.maxLines, "\(Self.describe(certificate)): a blank line after '\(box.text)'")
                    }
                }
            }
        }
    }

    @Test("every box stays inside the border and none overlaps another or the QR code")
    func noOverflow() {
        for certificate in Fixtures.longNameVariants {
            for page in layout.pages(for: certificate) {
                let frames = page.textBoxes.map { ($0.text, $0.frame) } + page.qrCodes.map { ("QR code", $0.frame) }
                for (index, (text, frame)) in frames.enumerated() {
                    #expect(page.bounds.insetBy(26).contains(frame), "\(Self.describe(certificate)): '\(text)' leaves the page")
                    for (other, otherFrame) in frames[(index + 1)...] {
                        #expect(!frame.intersects(otherFrame), "\(Self.describe(certificate)): '\(text)' overlaps '\(other)'")
                    }
                }
            }
        }
    }

    @Test("a list is shown whole or summarised, never cut short, and the 70-character name is printed whole")
    func wholeLists() {
        for certificate in Fixtures.longNameVariants where certificate.kind == .module || certificate.kind == .area {
            let texts = layout.pages(for: certificate).flatMap(\.textBoxes).map(\.text)
            let statements = Set(certificate.achievements.flatMap { $0.statements + $0.statementsWelsh })
            let shown = texts.filter(statements.contains).count
            let expected = certificate.language == .bilingual ? statements.count : statements.count / 2
            #expect(shown == 0 || shown == expected, "\(Self.describe(certificate)): \(shown) of \(expected) statements")
            #expect(texts.contains(Fixtures.seventyCharacterName), "\(Self.describe(certificate))")
        }
    }

    @Test("normal print lists a module's statements in full")
    func normalPrintListsStatements() {
        let certificate = Fixtures.longNameVariants.first { $0.kind == .module && $0.language == .english && !$0.largePrint }!
        let texts = layout.pages(for: certificate).flatMap(\.textBoxes).map(\.text)
        #expect(certificate.achievements[0].statements.allSatisfy(texts.contains))
        #expect(texts.contains("What I can do — 5 of 5"))
    }

    @Test("the PDF structure: one heading, list items for the statements, alternative text on the QR code")
    func structure() throws {
        let certificate = Fixtures.longNameVariants.first { $0.kind == .module && $0.language == .welsh && !$0.largePrint }!
        let page = try #require(layout.pages(for: certificate).first)
        #expect(page.textBoxes.filter { $0.structure == .heading }.map(\.text) == ["Tystysgrif Cyflawniad"])
        #expect(page.textBoxes.filter { $0.structure == .listItem }.count >= 5)
        #expect(page.qrCodes.first?.altText?.contains(certificate.verificationCode) == true)
    }
}
