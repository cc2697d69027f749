import Testing

@testable import SkillsRendering

@Suite("Certificate layout")
struct CertificateLayoutTests {
    let layout = CertificateLayout()

    @Test("the name gets its own centred shrink-to-fit box")
    func nameBox() throws {
        let name = "Gwenllian Angharad Ŵyn-Llewelyn ap Rhys Hughes-Williams"
        let page = try #require(layout.pages(for: Fixtures.certificate(name: name)).first)
        let box = try #require(page.textBoxes.first { $0.text == name })
        #expect(box.shrinkToFit)
        #expect(box.maxLines == 1)
        #expect(box.alignment == .center)
        #expect(box.font.size >= box.minimumSize && box.font.size >= 18)
        #expect(TextMeasurer.width(name, font: box.font) <= box.width, "sized to fit on one line")
    }

    @Test("large print keeps body text at 18 pt or more, the name larger", arguments: CertificatePage.Language.allCases)
    func largePrint(language: CertificatePage.Language) {
        for kind in CertificatePage.Kind.allCases {
            let certificate = Fixtures.certificate(language: language, kind: kind, largePrint: true)
            let boxes = layout.pages(for: certificate).flatMap(\.textBoxes)
            let body = boxes.filter { !$0.text.contains(certificate.certificateID) }
            #expect(!body.isEmpty)
            for box in body {
                #expect(box.font.size >= 18, "'\(box.text)' is \(box.font.size) pt")
                #expect(box.minimumSize >= 18, "'\(box.text)' may shrink to \(box.minimumSize) pt")
            }
            let name = boxes.first { $0.text == certificate.learnerName }
            #expect((name?.font.size ?? 0) >= 36)
        }
    }

    @Test("a Welsh page is worded in Welsh only")
    func welshWording() {
        let texts = layout.pages(for: Fixtures.certificate(language: .welsh)).flatMap(\.textBoxes).map(\.text)
        #expect(texts.contains("Tystysgrif Cyflawniad"))
        #expect(texts.contains("Mae hyn yn tystio bod"))
        #expect(texts.contains("Sgiliau Digidol Hanfodol ar gyfer Bywyd"))
        #expect(texts.contains("Dyfarnwyd ar 26 Tachwedd 2026"))
        #expect(!texts.contains { $0.contains("Certificate of Achievement") || $0.contains("November") })
    }

    @Test("a bilingual page carries both languages in full, Welsh first")
    func bilingualWording() throws {
        let texts = layout.pages(for: Fixtures.certificate(language: .bilingual, kind: .module)).flatMap(\.textBoxes).map(\.text)
        for wanted in [
            "Tystysgrif Cyflawniad", "Certificate of Achievement", "Sgiliau Digidol Hanfodol ar gyfer Bywyd",
            "Essential Digital Skills for Life", "Dyfarnwyd ar 26 Tachwedd 2026", "Awarded on 26 November 2026",
            "Gallaf adnabod neges destun sgam", "I can spot a scam text message",
        ] {
            #expect(texts.contains { $0.contains(wanted) }, "missing '\(wanted)'")
        }
        #expect(texts.contains("Tystysgrif Cyflawniad / Certificate of Achievement"))
        #expect(texts.contains("Sgiliau Digidol Hanfodol ar gyfer Bywyd / Essential Digital Skills for Life"))
    }

    @Test("progress certificates show 'n of m' per skill area, never the statements")
    func progressCounts() {
        let texts = layout.pages(for: Fixtures.certificate(kind: .progress)).flatMap(\.textBoxes).map(\.text)
        #expect(!texts.contains("I can send an email"))
        #expect(texts.contains("Skills achieved so far"))
        #expect(texts.contains("5 of 9"))
        #expect(texts.contains("Progress Certificate"))
    }

    @Test("the QR code and verification code sit bottom-right, inside the border")
    func verification() throws {
        let page = try #require(layout.pages(for: Fixtures.certificate()).first)
        let qr = try #require(page.qrCodes.first)
        #expect(qr.payload == Fixtures.longPayload)
        #expect(qr.size >= 25 / 25.4 * 72, "a QR code is printed at least 25 mm wide")
        #expect(qr.frame.maxX > page.width * 0.8 && qr.frame.maxY > page.height * 0.8)
        #expect(page.bounds.insetBy(26).contains(qr.frame))
        #expect(page.textBoxes.contains { $0.text == "7Q4K-9XZ2-M3PD" })
    }

    @Test("no two text boxes or the QR code overlap, and all stay inside the border, in every variant")
    func noOverlaps() {
        for certificate in Fixtures.allVariants {
            for page in layout.pages(for: certificate) {
                let frames = page.textBoxes.map(\.frame) + page.qrCodes.map(\.frame)
                for (i, a) in frames.enumerated() {
                    #expect(page.bounds.insetBy(26).contains(a), "\(certificate.language) \(certificate.kind): \(a)")
                    for b in frames[(i + 1)...] {
                        #expect(
                            !a.intersects(b), "\(certificate.language) \(certificate.kind) large=\(certificate.largePrint): \(a) vs \(b)")
                    }
                }
            }
        }
    }

    @Test("dates are written out per language; an unreadable date is printed as given")
    func dates() {
        #expect(CertificateWording.english.humanDate("2026-11-26") == "26 November 2026")
        #expect(CertificateWording.welsh.humanDate("2026-11-26") == "26 Tachwedd 2026")
        #expect(CertificateWording.welsh.humanDate("2027-01-05") == "5 Ionawr 2027")
        #expect(CertificateWording.english.humanDate("26/11/2026") == "26/11/2026")
    }
}
