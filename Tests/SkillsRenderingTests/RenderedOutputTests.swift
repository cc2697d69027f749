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
        #expect(lines.contains(name), "pdftotext lines: \(lines.prefix(6))")
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

    @Test("long outcome lists in large print spill onto numbered pages, all in one PDF")
    func multiPage() throws {
        let pages = layout.pages(for: Fixtures.certificate(language: .bilingual, kind: .progress, largePrint: true))
        #expect(pages.count >= 2)
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdf = directory.appendingPathComponent("large.pdf")
        try renderer.writePDF(pages, to: pdf)
        let text = try ExternalTool.pdfText(pdf)
        #expect(text.contains("Tudalen 2 o \(pages.count) / Page 2 of \(pages.count)"))
        #expect(text.contains("I can set a strong password"))
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
