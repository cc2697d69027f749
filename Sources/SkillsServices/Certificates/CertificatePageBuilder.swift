import Foundation
import SkillsCore
import SkillsRendering

/// Turns signed facts into the page the renderer draws: every printed fact comes from the facts.
struct CertificatePageBuilder {
    let curriculum: Curriculum
    let verifyURL: String?

    /// The page for a signed certificate.
    func page(_ token: CertificateToken, language: CertificatePage.Language, largePrint: Bool) -> CertificatePage {
        let facts = token.facts
        let achievements = facts.achievements.compactMap { line -> AchievementLine? in
            let parts = line.split(separator: ":")
            let counts = parts.last?.split(separator: "/").compactMap { Int($0) } ?? []
            guard parts.count == 2, counts.count == 2, let area = curriculum.areas.first(where: { $0.id == parts[0] }) else { return nil }
            let listed = Self.listedOutcomes(facts, curriculum).filter { curriculum.module(holding: $0.id)?.area == area.id }
            return AchievementLine(
                area: area.title, areaWelsh: area.titleWelsh ?? area.title, achieved: counts[0], total: counts[1],
                statements: listed.map(\.text), statementsWelsh: listed.map { $0.textWelsh ?? $0.text })
        }
        return CertificatePage(
            language: language, largePrint: largePrint, kind: Self.kind(facts.kind), learnerName: facts.learner,
            title: facts.title, titleWelsh: facts.titleWelsh ?? facts.title, achievements: achievements,
            issuedOn: facts.issuedOn, centreName: facts.centre, regionName: facts.region, issuerName: facts.issuer,
            certificateID: facts.id, verificationCode: VerificationCode.display(facts.code),
            verifyURL: verifyURL, qrPayload: Self.qrPayload(token, verifyURL: verifyURL))
    }

    /// The "I can …" outcomes a certificate lists: a module's or an area's; none for progress and the whole curriculum.
    static func listedOutcomes(_ facts: CertificateFacts, _ curriculum: Curriculum) -> [Outcome] {
        switch facts.kind {
        case "module": curriculum.modules.first { $0.id == facts.subject }?.outcomes ?? []
        case "area": curriculum.modules(in: facts.subject).flatMap(\.outcomes)
        default: []
        }
    }

    /// What the QR code holds: the signed token, behind the verify address when the programme has one.
    static func qrPayload(_ token: CertificateToken, verifyURL: String?) -> String {
        guard let verifyURL else { return token.text }
        return "\(verifyURL)?c=\(token.facts.code)#\(token.text)"
    }

    static func kind(_ text: String) -> CertificatePage.Kind {
        switch text {
        case "module": .module
        case "area": .area
        case "curriculum": .curriculum
        default: .progress
        }
    }

    /// The stored name of a language.
    static func name(_ language: CertificatePage.Language) -> String {
        switch language {
        case .english: "en"
        case .welsh: "cy"
        case .bilingual: "en+cy"
        }
    }

    /// A language from its stored name.
    static func language(_ name: String) -> CertificatePage.Language {
        switch name {
        case "cy": .welsh
        case "en+cy": .bilingual
        default: .english
        }
    }
}
