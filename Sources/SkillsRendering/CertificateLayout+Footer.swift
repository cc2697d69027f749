extension CertificateLayout {
    /// Draws the award details (bottom-left), verification code and QR code (bottom-right); returns the band's top.
    func footer(_ certificate: CertificatePage, theme: CertificateTheme, into page: inout DisplayList) -> Double {
        let content = theme.content
        let wordings = certificate.wordings
        let qr = QRCodeBox(
            payload: certificate.qrPayload, x: content.maxX - theme.qrSize, y: content.maxY - theme.qrSize,
            size: theme.qrSize)
        page.append(.qrCode(qr))

        let info = infoLines(certificate)
        let codeLines: [(String, CertificateTheme.Role, Int)] = [
            (joined(wordings.map(\.verificationCode)), .label, 2),
            (certificate.verificationCode, .code, 1),
        ]
        let infoTop: Double
        let verifyTop: Double
        if theme.largePrint {
            // Large print: one wide column for the details, the code alone above the QR code.
            let width = qr.x - 14 - content.x
            let url = certificate.verifyURL ?? ""
            var checks = [
                (
                    joined(wordings.map { $0.checkCertificateOnline(hasURL: !url.isEmpty) }),
                    CertificateTheme.Role.label, 2
                )
            ]
            if !url.isEmpty { checks.append((url, .body, 1)) }
            infoTop = stackUpwards(
                info.dropLast() + checks + info.suffix(1), theme: theme, x: content.x, width: width,
                alignment: .left, bottom: content.maxY, into: &page)
            verifyTop = stackUpwards(
                codeLines, theme: theme, x: qr.x, width: qr.size, alignment: .center,
                bottom: qr.y, into: &page)
        } else {
            let infoWidth = 330.0
            let verifyX = content.x + infoWidth + 10
            let checks = wordings.map { ($0.checkCertificate(at: certificate.verifyURL), CertificateTheme.Role.label, 3) }
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

    /// Date, centre and certificate ID lines, the ID last (the issuer heads the page).
    private func infoLines(_ certificate: CertificatePage) -> [(String, CertificateTheme.Role, Int)] {
        let wordings = certificate.wordings
        var info: [(String, CertificateTheme.Role, Int)] = wordings.map { ($0.awarded(on: certificate.issuedOn), .emphasis, 2) }
        info.append(("\(joined(wordings.map(\.centre))): \(certificate.centreName), \(certificate.regionName)", .body, 2))
        info.append(("\(joined(wordings.map(\.certificateID))) \(certificate.certificateID)", .finePrint, 1))
        return info
    }

    /// Stacks boxes so the last ends at `bottom`, wrapping only lines estimated too wide; returns the top of the first.
    private func stackUpwards(
        _ lines: [(String, CertificateTheme.Role, Int)], theme: CertificateTheme, x: Double, width: Double,
        alignment: TextBox.Alignment, bottom: Double, into page: inout DisplayList
    ) -> Double {
        var boxes: [TextBox] = lines.map { string, role, maxLines in
            let lineCount = theme.mayNeedWrapping(string, role, width: width) ? maxLines : 1
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

    /// Adds running heads and page numbers to continuation pages.
    func numbered(_ pages: [DisplayList], certificate: CertificatePage, theme: CertificateTheme) -> [DisplayList] {
        guard pages.count > 1 else { return pages }
        let content = theme.content
        let wordings = certificate.wordings
        var result = [pages[0]]
        for (index, var page) in pages.enumerated().dropFirst() {
            let number = joined(wordings.map { $0.page(index + 1, of: pages.count) })
            page.append(
                theme.text(
                    certificate.learnerName, .section, x: content.x, y: content.y,
                    width: content.width * 0.6, alignment: .left, shrink: true))
            page.append(
                theme.text(
                    number, .label, x: content.x + content.width * 0.62, y: content.y,
                    width: content.width * 0.38, alignment: .right, shrink: true))
            let ruleY = content.y + theme.lineHeight(.section) + 6
            page.append(
                .line(
                    from: DisplayPoint(x: content.x, y: ruleY), to: DisplayPoint(x: content.maxX, y: ruleY),
                    color: theme.gold, width: 0.9))
            let small = "\(joined(wordings.map(\.certificateID))) \(certificate.certificateID) · \(certificate.verificationCode)"
            page.append(
                theme.text(
                    small, .finePrint, x: content.x, y: content.maxY - theme.lineHeight(.finePrint),
                    width: content.width, alignment: .center, shrink: true))
            result.append(page)
        }
        return result
    }
}
