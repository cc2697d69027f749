import Foundation
import Testing

@testable import SkillsRendering

@Suite("Rendered output read back by real clients")
struct RenderedOutputTests {
    let renderer = CairoRenderer()
    let layout = CertificateLayout()

    @Test("pdftotext returns each learner's name exactly", arguments: Fixtures.names)
    func namesSurviveInPDF(name: String) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdf = directory.appendingPathComponent("certificate.pdf")
        try renderer.writePDF(layout.pages(for: Fixtures.certificate(name: name)), to: pdf)
        let lines = try ExternalTool.pdfText(pdf).split(separator: "\n").map(String.init)
        // pdftotext guesses word breaks from glyph gaps, and at the name's size it breaks Devanagari "कुमार" after a
        // vowel sign ("कु मार"); every letter must still come back, in order, on one line.
        let letters = { (text: String) in text.unicodeScalars.filter { !$0.properties.isWhitespace } }
        #expect(
            lines.contains(name) || lines.contains { letters($0).elementsEqual(letters(name)) }, "pdftotext lines: \(lines.prefix(6))")
    }

    @Test("the QR code decodes to the exact payload from 96 and 300 dpi PNGs", arguments: [96.0, 300.0])
    func qrFromPNG(dpi: Double) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for payload in [Fixtures.longPayload, String(Fixtures.longPayload.prefix(300)) + "?v=1&sig=ABC"] {
            let png = directory.appendingPathComponent("certificate.png")
            let page = try #require(layout.pages(for: Fixtures.certificate(payload: payload)).first)
            try renderer.writePNG(page, to: png, dpi: dpi)
            #expect(try ExternalTool.decodeQR(png) == payload)
        }
    }

    @Test("the QR code in the PDF decodes from pdftoppm renders", arguments: [96, 150, 300])
    func qrFromPDF(dpi: Int) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdf = directory.appendingPathComponent("certificate.pdf")
        try renderer.writePDF(layout.pages(for: Fixtures.certificate(largePrint: true)), to: pdf)
        let prefix = directory.appendingPathComponent("page").path
        _ = try ExternalTool.pdftoppm.run(["-png", "-r", "\(dpi)", "-f", "1", "-l", "1", pdf.path, prefix])
        let png = try #require(
            try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .first { $0.hasPrefix("page") && $0.hasSuffix(".png") })
        #expect(try ExternalTool.decodeQR(directory.appendingPathComponent(png)) == Fixtures.longPayload)
    }

    @Test("a curriculum certificate too full for one page continues on a second with a heading and the page number")
    func secondPage() throws {
        let certificate = Fixtures.certificate(
            name: Fixtures.seventyCharacterName, language: .bilingual, kind: .curriculum, largePrint: true,
            achievements: Fixtures.sixAreas)
        let pages = layout.pages(for: certificate)
        #expect(pages.count == 2)
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdf = directory.appendingPathComponent("large.pdf")
        try renderer.writePDF(pages, to: pdf)
        let second = try ExternalTool.pdftotext.run(["-f", "2", "-l", "2", "-enc", "UTF-8", pdf.path, "-"])
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(second.contains("Tudalen 2 o 2 / Page 2 of 2"), "\(second)")
        #expect(second.contains("Meysydd sgiliau a gwblhawyd: 2 o 6 / Skill areas completed: 2 of 6"), "\(second)")
        for area in Fixtures.sixAreas { #expect(second.contains(area.areaWelsh.split(separator: " ")[0]), "\(area.area) is not on page 2") }
        let rows = pages[1].textBoxes.filter { $0.structure == .listItem }
        #expect(rows.count >= 12, "page 2 holds every area in both languages, not a few stray lines")
    }

    @Test("a path that cannot be written gives one readable line naming it")
    func unwritablePath() {
        let url = URL(fileURLWithPath: "/nonexistent-dir/certificate.pdf")
        #expect {
            try renderer.writePDF(layout.pages(for: Fixtures.certificate()), to: url)
        } throws: { error in
            let message = String(describing: error)
            return message.contains("'/nonexistent-dir/certificate.pdf'") && !message.contains("\n")
        }
    }
}
