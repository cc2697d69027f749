import Foundation
import SkillsCore
import SkillsRendering

/// Turns signed facts into the page the renderer draws: every printed fact comes from the facts.
struct CertificatePageBuilder {
    let curriculum: Curriculum
    let verifyURL: String?
    /// The programme's name: the issuer of every certificate its key signs.
    var issuer = ""
    /// Finds the curriculum version a certificate was measured against.
    var curricula: (_ id: String, _ version: Int) -> Curriculum? = { _, _ in nil }

    /// The page for a signed certificate.
    func page(_ token: CertificateToken, language: CertificatePage.Language, largePrint: Bool) -> CertificatePage {
        let facts = token.facts
        let measured = Self.measuredAgainst(facts, default: curriculum, curricula)
        let counts = AreaCounts(facts.achievements)
        let achievements = counts.ids.compactMap { id -> AchievementLine? in
            guard let count = counts[id] else { return nil }
            let listed = Self.listedOutcomes(facts, measured)
            if let module = measured.modules.first(where: { $0.id == id }) {
                return AchievementLine(
                    area: module.title, areaWelsh: module.titleWelsh ?? module.title, achieved: count.achieved, total: count.total,
                    statements: module.outcomes.map(\.text), statementsWelsh: module.outcomes.map { $0.textWelsh ?? $0.text })
            }
            guard let area = measured.areas.first(where: { $0.id == id }) else { return nil }
            let inArea = listed.filter { measured.module(holding: $0.id)?.area == area.id }
            return AchievementLine(
                area: area.title, areaWelsh: area.titleWelsh ?? area.title, achieved: count.achieved, total: count.total,
                statements: inArea.map(\.text), statementsWelsh: inArea.map { $0.textWelsh ?? $0.text },
                moduleGroups: facts.kind == "area" || facts.kind == "curriculum" ? measured.modules(in: area.id).map { Self.group($0) } : []
            )
        }
        return CertificatePage(
            language: language, largePrint: largePrint, kind: Self.kind(facts.kind), learnerName: facts.learner,
            title: facts.title, titleWelsh: facts.titleWelsh ?? facts.title, achievements: achievements,
            issuedOn: facts.issuedOn, achievedOn: facts.achievedOn, centreName: facts.centre, regionName: facts.region,
            issuerName: facts.issuer, certificateID: facts.id, verificationCode: VerificationCode.display(facts.code),
            verifyURL: verifyURL, qrPayload: Self.qrPayload(token, verifyURL: verifyURL))
    }

    /// The curriculum version the facts name, else the default one.
    static func measuredAgainst(
        _ facts: CertificateFacts, default curriculum: Curriculum, _ curricula: (String, Int) -> Curriculum?
    ) -> Curriculum {
        let parts = facts.curriculum.split(separator: "@")
        guard parts.count == 2, let version = Int(parts[1]) else { return curriculum }
        if parts[0] == curriculum.id && version == curriculum.version { return curriculum }
        return curricula(String(parts[0]), version) ?? curriculum
    }

    /// A module as a summary row of an area certificate, when its statements do not all fit.
    static func group(_ module: Module) -> AchievementLine.ModuleGroup {
        AchievementLine.ModuleGroup(title: module.title, titleWelsh: module.titleWelsh ?? module.title, outcomes: module.outcomes.count)
    }

    /// The "I can …" outcomes a certificate lists: a module's or an area's; none for progress and the whole curriculum.
    static func listedOutcomes(_ facts: CertificateFacts, _ curriculum: Curriculum) -> [Outcome] {
        switch facts.kind {
        case "module": curriculum.modules.first { $0.id == facts.subject }?.outcomes ?? []
        case "area": curriculum.modules(in: facts.subject).flatMap(\.outcomes)
        default: []
        }
    }

    /// What the QR code holds: the verify address with the token in its fragment (never sent to a server), or the
    /// bare token until the programme sets an address.
    static func qrPayload(_ token: CertificateToken, verifyURL: String?) -> String {
        guard let verifyURL else { return token.text }
        return "\(verifyURL)#\(token.text)"
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
