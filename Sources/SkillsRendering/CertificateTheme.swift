/// Colours, fonts and sizes for certificates, in normal or large print.
struct CertificateTheme: Sendable {
    /// What a piece of text is for; each role has one font and colour.
    enum Role: Sendable {
        case issuer, heading, intro, name, title, section, body, emphasis, label, code, finePrint
    }

    let largePrint: Bool
    let navy = RGBColor(hex: 0x1B3A5C)
    let gold = RGBColor(hex: 0xA8843A)
    let ink = RGBColor(hex: 0x1E2630)
    let muted = RGBColor(hex: 0x4F5B68)
    let track = RGBColor(hex: 0xE2E7ED)

    /// Noto first for every script, so fontconfig never picks a non-Noto face (e.g. DejaVu's Arabic); Arabic uses
    /// Noto Sans Arabic in both lists: Naskh's lam-lam-heh ligature comes back garbled from pdftotext.
    let serif = "Noto Serif, Noto Sans Arabic, Noto Serif Bengali, Noto Serif Devanagari, Noto Serif CJK SC"
    let sans = "Noto Sans, Noto Sans Arabic, Noto Sans Bengali, Noto Sans Devanagari, Noto Sans CJK SC"
    let mono = "Noto Sans Mono"

    /// The page every certificate is laid out on: A4 landscape.
    let page = DisplayList.a4Landscape()
    /// Area inside the borders where content goes.
    var content: DisplayRect { DisplayRect(x: 56, y: 46, width: 730, height: 511) }
    /// Side of the QR code square for a payload, quiet zone included (at least 25 mm printed).
    func qrSize(_ payload: String) -> Double {
        max(71, QRCodeBox.side(for: payload) ?? 120)
    }

    /// Smallest size any body text may have.
    var minimumBody: Double { largePrint ? 18 : 9 }

    /// The font for `role`.
    func font(_ role: Role) -> FontSpec {
        switch role {
        case .issuer: FontSpec(family: sans, weight: .bold, size: largePrint ? 18 : 10.5)
        case .heading: FontSpec(family: serif, weight: .bold, size: largePrint ? 30 : 32)
        case .intro: FontSpec(family: sans, size: largePrint ? 18 : 13)
        case .name: FontSpec(family: serif, weight: .bold, size: largePrint ? 40 : 38)
        case .title: FontSpec(family: serif, weight: .bold, size: largePrint ? 26 : 22)
        case .section: FontSpec(family: sans, weight: .bold, size: largePrint ? 20 : 12.5)
        case .body: FontSpec(family: sans, size: largePrint ? 18 : 11)
        case .emphasis: FontSpec(family: sans, weight: .bold, size: largePrint ? 18 : 11)
        case .label: FontSpec(family: sans, size: largePrint ? 18 : 9.5)
        case .code: FontSpec(family: mono, weight: .bold, size: largePrint ? 22 : 17)
        case .finePrint: FontSpec(family: sans, size: largePrint ? 12 : 7.5)
        }
    }

    /// The colour for `role`.
    func color(_ role: Role) -> RGBColor {
        switch role {
        case .issuer: gold
        case .heading, .title, .section, .code: navy
        case .intro, .label, .finePrint: muted
        case .name, .body, .emphasis: ink
        }
    }

    /// Height one line of `role` text occupies.
    func lineHeight(_ role: Role, scale: Double = 1) -> Double {
        let size = font(role).size
        return TextBox.lineHeight(for: max(size * scale, min(size, minimumBody)))
    }

    /// A text box for `role`; shrink-to-fit boxes never go below the body minimum (or half size for headings).
    func text(
        _ string: String, _ role: Role, x: Double, y: Double, width: Double,
        alignment: TextBox.Alignment = .left, shrink: Bool = false, maxLines: Int = 1, scale: Double = 1
    ) -> TextBox {
        let base = font(role)
        let font = base.sized(max(base.size * scale, min(base.size, minimumBody)))
        let floor = role == .finePrint ? font.size * 0.8 : min(font.size, max(minimumBody, font.size * 0.4))
        return TextBox(
            string, font: font, color: color(role), x: x, y: y, width: width, alignment: alignment,
            shrinkToFit: shrink, minimumSize: floor, maxLines: maxLines)
    }

    /// Lines `string` wraps into at `width` in the font of `role` (measured with Pango).
    func lineCount(_ string: String, _ role: Role, width: Double, scale: Double = 1) -> Int {
        let base = font(role)
        return TextMeasurer.lineCount(string, font: base.sized(max(base.size * scale, min(base.size, minimumBody))), width: width)
    }

    /// The double border, with small gold corner marks.
    func border() -> [DisplayItem] {
        let outer = page.bounds.insetBy(18)
        let inner = page.bounds.insetBy(25)
        var items: [DisplayItem] = [
            .rectangle(outer, .stroke(navy, width: 2.6)),
            .rectangle(inner, .stroke(navy, width: 0.8)),
        ]
        for (x, y) in [(inner.x, inner.y), (inner.maxX, inner.y), (inner.x, inner.maxY), (inner.maxX, inner.maxY)] {
            items.append(.ellipse(DisplayRect(x: x - 3.5, y: y - 3.5, width: 7, height: 7), .fill(gold)))
        }
        return items
    }
}
