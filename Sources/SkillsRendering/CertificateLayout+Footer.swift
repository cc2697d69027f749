extension CertificateLayout {
    /// Draws the award details (bottom-left), verification code and QR code (bottom-right); returns the band's top.
    func footer(_ certificate: CertificatePage, theme: CertificateTheme, into page: inout DisplayList) -> Double {
        let content = theme.content
        let wordings = certificate.wordings
        let side = theme.qrSize(certificate.qrPayload)
        var qr = QRCodeBox(payload: certificate.qrPayload, x: content.maxX - side, y: content.maxY - side, size: side)
        qr.altText = joined(wordings.map { "\($0.qrCodeAlt) \(certificate.verificationCode)" })
        page.append(.qrCode(qr))

        let infoTop: Double
        let verifyTop: Double
        if theme.largePrint {
            // Large print: one wide column beside the QR code holds everything, the code on one line.
            // Large print: one wide column beside the QR code, the code on one line, the address (when there is one) on
            // the next, and on bilingual pages the dates side by side, Welsh left.
            let width = qr.x - 14 - content.x
            var lines = [centreLine(certificate)]
            lines.append(("\(joined(wordings.map(\.verificationCode))): \(certificate.verificationCode)", .emphasis, 1))
            if let url = certificate.verifyURL { lines.append(("\(joined(wordings.map(\.checkAt))) \(url)", .label, 2)) }
            lines += idLine(certificate)
            let linesTop = stackUpwards(
                lines, theme: theme, x: content.x, width: width, alignment: .left, bottom: content.maxY, into: &page)
            infoTop = dateRows(certificate, theme: theme, x: content.x, width: width, bottom: linesTop - 1, into: &page)
            verifyTop = qr.y
        } else {
            let infoWidth = 330.0
            let verifyX = content.x + infoWidth + 10
            let codeLines: [(String, CertificateTheme.Role, Int)] = [
                (joined(wordings.map(\.verificationCode)), .label, 2),
                (certificate.verificationCode, .code, 1),
            ]
            let checks = wordings.map { ($0.checkCertificate(at: certificate.verifyURL), CertificateTheme.Role.label, 3) }
            let info = dateLines(certificate, theme: theme, width: infoWidth) + [centreLine(certificate)] + idLine(certificate)
            infoTop = stackUpwards(
                info, theme: theme, x: content.x, width: infoWidth, alignment: .left,
                bottom: content.maxY, into: &page)
            verifyTop = stackUpwards(
                codeLines + checks, theme: theme, x: verifyX, width: qr.x - 12 - verifyX,
                alignment: .right, bottom: content.maxY, into: &page)
        }
        page.append(
            .line(
                from: DisplayPoint(x: content.x, y: infoTop - 8), to: DisplayPoint(x: content.x + 180, y: infoTop - 8),
                color: theme.gold, width: 0.9))
        return min(infoTop - 8, verifyTop, qr.y)
    }

    /// The dates per language: "Achieved on … · Issued on …" on one line when it fits, else a line each.
    private func dateLines(_ certificate: CertificatePage, theme: CertificateTheme, width: Double) -> [(String, CertificateTheme.Role, Int)]
    {
        certificate.wordings.flatMap { wording -> [(String, CertificateTheme.Role, Int)] in
            let combined = wording.dates(achieved: certificate.achievedOn, issued: certificate.issuedOn)
            guard let achievedOn = certificate.achievedOn, theme.lineCount(combined, .emphasis, width: width) > 1 else {
                return [(combined, .emphasis, 2)]
            }
            return [(wording.achieved(on: achievedOn), .emphasis, 2), (wording.issued(on: certificate.issuedOn), .emphasis, 2)]
        }
    }

    /// Large-print dates ending at `bottom`: stacked lines for one language; for two, a column each, side by side.
    /// Returns the top.
    private func dateRows(
        _ certificate: CertificatePage, theme: CertificateTheme, x: Double, width: Double, bottom: Double,
        into page: inout DisplayList
    ) -> Double {
        guard certificate.wordings.count == 2 else {
            return stackUpwards(
                dateLines(certificate, theme: theme, width: width), theme: theme, x: x, width: width, alignment: .left, bottom: bottom,
                into: &page)
        }
        let columnWidth = (width - 14) / 2
        let rows = certificate.wordings.map { wording in
            certificate.achievedOn.map { [wording.achieved(on: $0), wording.issued(on: certificate.issuedOn)] }
                ?? [wording.awarded(on: certificate.issuedOn)]
        }
        var y = bottom
        for row in (0..<rows[0].count).reversed() {
            let boxes = rows.indices.map { column in
                theme.text(
                    rows[column][row], .body, x: x + Double(column) * (columnWidth + 14), y: 0, width: columnWidth,
                    maxLines: theme.lineCount(rows[column][row], .body, width: columnWidth))
            }
            y -= (boxes.map(\.nominalHeight).max() ?? 0) + 1
            for var box in boxes {
                box.y = y
                page.append(box)
            }
        }
        return y
    }

    private func centreLine(_ certificate: CertificatePage) -> (String, CertificateTheme.Role, Int) {
        let place = certificate.regionName.isEmpty ? certificate.centreName : "\(certificate.centreName), \(certificate.regionName)"
        return ("\(joined(certificate.wordings.map(\.centre))): \(place)", .body, 2)
    }

    /// The certificate ID in fine print, for older certificates whose ID is not their code.
    private func idLine(_ certificate: CertificatePage) -> [(String, CertificateTheme.Role, Int)] {
        let code = certificate.verificationCode.replacingOccurrences(of: "-", with: "")
        guard certificate.certificateID.replacingOccurrences(of: "-", with: "") != code else { return [] }
        return [("\(joined(certificate.wordings.map(\.certificateID))) \(certificate.certificateID)", .finePrint, 1)]
    }

    /// Stacks boxes so the last ends at `bottom`, wrapping only lines estimated too wide; returns the top of the first.
    private func stackUpwards(
        _ lines: [(String, CertificateTheme.Role, Int)], theme: CertificateTheme, x: Double, width: Double,
        alignment: TextBox.Alignment, bottom: Double, into page: inout DisplayList
    ) -> Double {
        var boxes: [TextBox] = lines.map { string, role, maxLines in
            let lineCount = min(maxLines, theme.lineCount(string, role, width: width))
            return theme.text(
                string, role, x: x, y: 0, width: width, alignment: alignment,
                shrink: lineCount == 1, maxLines: lineCount)
        }
        var y = bottom
        for index in boxes.indices.reversed() {
            y -= boxes[index].nominalHeight + (boxes[index].font.family == theme.mono ? 3 : 1)
            boxes[index].y = y
        }
        for box in boxes { page.append(box) }
        return y
    }

    /// Adds the running head (the learner's name, whole) and the page number with the code to continuation pages.
    func numbered(_ pages: [DisplayList], certificate: CertificatePage, theme: CertificateTheme) -> [DisplayList] {
        guard pages.count > 1 else { return pages }
        let content = theme.content
        let wordings = certificate.wordings
        var result = [pages[0]]
        for (index, var page) in pages.enumerated().dropFirst() {
            var head = theme.text(
                certificate.learnerName, .section, x: content.x, y: content.y, width: content.width, alignment: .left, shrink: true)
            if TextMeasurer.width(head.text, font: head.font.sized(head.minimumSize)) > head.width {
                head.shrinkToFit = false
                head.maxLines = 2
            }
            head.structure = .heading
            page.append(head)
            let ruleY = content.y + head.nominalHeight + 4
            page.append(
                .line(
                    from: DisplayPoint(x: content.x, y: ruleY), to: DisplayPoint(x: content.maxX, y: ruleY),
                    color: theme.gold, width: 0.9))
            let number = joined(wordings.map { $0.page(index + 1, of: pages.count) })
            page.append(
                theme.text(
                    "\(number) · \(joined(wordings.map(\.verificationCode))) \(certificate.verificationCode)", .label, x: content.x,
                    y: content.maxY - theme.lineHeight(.label), width: content.width, alignment: .center, shrink: true))
            result.append(page)
        }
        return result
    }
}
