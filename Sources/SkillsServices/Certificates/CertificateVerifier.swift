import Foundation
import SkillsCore
import SkillsRendering
import SkillsStore

/// What a person shows to be checked: text (a code, a scanned QR code, a token), or a PDF file on this computer.
///
/// Only a door with a disk of its own says `.file`; text is never opened as a path, so a web page cannot make the
/// verifier read the server's files.
public enum CertificateEvidence: Sendable, Equatable {
    case text(String)
    case file(path: String)
}

/// What verification found.
public enum Verdict: Sendable {
    /// The signature holds. For a PDF, `hiddenText` names any text on the page a reader cannot see: the page itself is
    /// never proved genuine, only the signed facts, which the page must show exactly.
    case valid(CertificateFacts, checkedRevocation: Bool, hiddenText: [String] = [])
    /// Recorded but never drawn and confirmed: not a certificate yet.
    case notIssued(code: String)
    case tampered(String)
    case revoked(CertificateFacts, on: String, reason: String)
    /// Withdrawn because the learner asked to be erased: nothing about them is shown.
    case withdrawn(on: String)
    case unknown(String)
}

/// Checks a certificate from its code, its PDF file or its QR text, and says plainly what that proves.
struct CertificateVerifier {
    /// The programme's store, when this machine has it (it knows revocations); nil for offline checks.
    let store: (any ProgrammeStore)?
    let publicKeys: [Data]
    /// Who signs with these keys: the programme's name (compact certificates do not repeat it).
    var issuer = "the programme that holds this key"
    /// The curricula compact certificates are completed from.
    var curricula: (_ id: String, _ version: Int) -> Curriculum? = { _, _ in nil }

    /// Verifies what was shown.
    func verify(_ evidence: CertificateEvidence) async throws -> Verdict {
        switch evidence {
        case .file(let path): try await verifyFile(path)
        case .text(let text): try await verify(text: text)
        }
    }

    /// Verifies a code, or text holding a token.
    private func verify(text input: String) async throws -> Verdict {
        if let token = CertificateToken(finding: input, issuer: issuer, curricula: curricula) { return try await verify(token) }
        if input.contains(CertificateToken.prefix) || input.contains(CertificateToken.legacyPrefix) {
            return .tampered("the certificate's text does not read as signed facts: something on it was changed")
        }
        guard let code = VerificationCode.normalise(input) else {
            return .unknown(
                "'\(input)' is not a certificate code (12 letters and digits, such as 7Q4K-9XZ2-M3PD), a file, or a scanned QR text")
        }
        guard let store else {
            return .unknown("checking a code needs the programme's database; scan the QR code or give the PDF file instead")
        }
        guard let record = try await store.certificate(idOrCode: code) else {
            return .unknown("no certificate has the code \(VerificationCode.display(code))")
        }
        if record.revokedReason == CertificateRecord.erasureReason, let on = record.revokedAt { return .withdrawn(on: on) }
        guard let token = signedToken(record) else {
            return .unknown("certificate \(VerificationCode.display(code)) names a curriculum this programme no longer holds")
        }
        return try await verify(token)
    }

    /// Verifies a signed token: the signature, then what the programme has recorded since.
    func verify(_ token: CertificateToken) async throws -> Verdict {
        let record = try await store?.certificate(idOrCode: token.facts.version >= 2 ? token.facts.code : token.facts.id)
        if let record, record.revokedReason == CertificateRecord.erasureReason, let on = record.revokedAt { return .withdrawn(on: on) }
        guard CertificateSigner.isValid(token.signature, for: token.signedBytes, publicKeys: publicKeys) else {
            if let record, let signed = signedToken(record)?.facts {
                let changes = signed.differences(from: token.facts)
                if !changes.isEmpty { return .tampered("changed since it was signed — " + changes.joined(separator: "; ")) }
            }
            return .tampered(
                "the signature does not match these facts: something on it was changed, or it was not issued by this programme")
        }
        guard store != nil else { return .valid(token.facts, checkedRevocation: false) }
        guard let record else {
            return .unknown("it is signed with this programme's key, but the programme has no record of certificate \(token.facts.id)")
        }
        if let revoked = record.revokedAt { return .revoked(token.facts, on: revoked, reason: record.revokedReason ?? "") }
        if record.state != "issued" { return .notIssued(code: VerificationCode.display(record.code)) }
        return .valid(token.facts, checkedRevocation: true)
    }

    /// Verifies a certificate PDF: the token it carries, that the page's text still includes the signed facts, and
    /// whether any text on it is hidden from a reader.
    func verifyFile(_ path: String) async throws -> Verdict {
        let info = try Poppler.run("pdfinfo", [path])
        guard let line = info.split(separator: "\n").first(where: { $0.hasPrefix("Keywords:") }),
            let token = CertificateToken(finding: String(line), issuer: issuer, curricula: curricula)
        else {
            return .unknown("'\(path)' carries no DigitalSkills certificate token; is it a certificate PDF?")
        }
        let verdict = try await verify(token)
        guard case .valid(let facts, let checkedRevocation, _) = verdict else { return verdict }
        let printed = try Poppler.run("pdftotext", ["-enc", "UTF-8", path, "-"])
        let problems = PrintedFacts(text: printed).mismatches(with: facts)
        if !problems.isEmpty { return .tampered("the page no longer shows what was signed — " + problems.joined(separator: "; ")) }
        return .valid(facts, checkedRevocation: checkedRevocation, hiddenText: try PageInspection.hiddenText(in: path))
    }

    /// The token a stored certificate was issued with; nil once erasure withdrew its facts.
    private func signedToken(_ record: CertificateRecord) -> CertificateToken? {
        CertificateToken(signedBytes: record.signedFacts, signature: record.signature, issuer: issuer, curricula: curricula)
    }
}

/// The text on a certificate page, checked against its signed facts.
struct PrintedFacts {
    let text: String

    init(text: String) {
        // pdftotext wraps right-to-left runs in embedding marks; they are not part of what is printed.
        self.text = String(String.UnicodeScalarView(text.unicodeScalars.filter { !(0x202A...0x202E).contains($0.value) }))
    }

    /// The signed facts the page does not show as signed.
    func mismatches(with facts: CertificateFacts) -> [String] {
        var problems: [String] = []
        if !showsName(facts.learner) { problems.append("the learner's name '\(facts.learner)' is not on the page") }
        if !text.contains(VerificationCode.display(facts.code)) {
            problems.append("the code \(VerificationCode.display(facts.code)) is not on the page")
        }
        for date in [facts.issuedOn] + (facts.achievedOn.map { [$0] } ?? []) {
            let dates = [CertificateWording.english.humanDate(date), CertificateWording.welsh.humanDate(date)]
            if !dates.contains(where: text.contains) { problems.append("the date \(dates[0]) is not on the page") }
        }
        if !text.contains(facts.centre) { problems.append("the centre '\(facts.centre)' is not on the page") }
        let lines = AreaCounts(facts.achievements)
        var signed = Set(lines.ids.compactMap { lines[$0].map { "\($0.achieved)/\($0.total)" } })
        if facts.kind == "curriculum" { signed.insert("\(lines.completed.achieved)/\(lines.completed.total)") }
        // An area certificate may list its modules, every one complete ("4 of 4").
        let allComplete = { (shown: String) in facts.kind == "area" && Set(shown.split(separator: "/")).count == 1 }
        for shown in counts() where !signed.contains(shown) && !allComplete(shown) {
            problems.append("the page shows \(shown.replacingOccurrences(of: "/", with: " of ")) achieved, which was not signed")
        }
        return problems
    }

    private func showsName(_ name: String) -> Bool {
        if text.contains(name) { return true }
        // poppler may return the letters of a right-to-left ligature (lam-alef) reversed; compare the letters.
        let letters = name.unicodeScalars.filter { !$0.properties.isWhitespace }.map(\.value).sorted()
        return text.split(separator: "\n").contains { line in
            line.unicodeScalars.filter { !$0.properties.isWhitespace }.map(\.value).sorted() == letters
        }
    }

    /// Every "N of M" / "N o M" the page shows, except page numbers, as `N/M`.
    private func counts() -> [String] {
        var found: [String] = []
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "—" })
        for index in words.indices.dropFirst().dropLast() where words[index] == "of" || words[index] == "o" {
            let before = words.index(before: index)
            let after = words.index(after: index)
            let previous = before > words.startIndex ? words[words.index(before: before)] : ""
            guard let achieved = Int(words[before]), let total = Int(words[after]), previous != "Page", previous != "Tudalen" else {
                continue
            }
            found.append("\(achieved)/\(total)")
        }
        return found
    }
}
