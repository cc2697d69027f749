import Crypto
import Foundation
import SkillsCore
import SkillsRendering
import SkillsStore

/// Which certificates are due: completion awards the curriculum's rules say a learner has earned and that were never
/// issued, and progress certificates when asked for and the learner's progress changed since the last one.
struct CertificatePlanner {
    /// A certificate to issue: its facts and how it is to be drawn.
    struct Draft {
        /// The record's id (a UUID); the signed facts carry the shorter code.
        var recordID: String
        var facts: CertificateFacts
        var learnerRef: String
        var centreRef: String
        var dueKey: String
        var language: CertificatePage.Language
        var largePrint: Bool
    }

    let curriculum: Curriculum
    let issuer: String
    let today: Day
    let kinds: Set<String>
    let language: CertificatePage.Language?

    /// Every due certificate for the holders, given what each achieved and what was already issued.
    func drafts(
        holders: [CertificateHolder], achieved: [String: [String: Day]], issued: [String: Set<String>],
        using generator: inout some RandomNumberGenerator
    ) -> [Draft] {
        var drafts: [Draft] = []
        for holder in holders {
            let outcomes = achieved[holder.learner.ref] ?? [:]
            let done = issued[holder.learner.ref] ?? []
            for award in AwardEligibility.earned(in: curriculum, achieved: outcomes) where kinds.contains(award.kind.rawValue) {
                let key = "\(award.kind.rawValue):\(award.subject)"
                guard !done.contains(key) else { continue }
                drafts.append(
                    draft(
                        holder, kind: award.kind.rawValue, subject: award.subject, title: award.title, titleWelsh: award.titleWelsh,
                        outcomes: outcomes, achievedOn: award.earnedOn, dueKey: key, using: &generator))
            }
            if kinds.contains("progress"), !outcomes.isEmpty {
                let lines = achievementLines(areas: curriculum.areas.map(\.id), outcomes)
                let key =
                    "progress:"
                    + Hex.string(SHA256.hash(data: Data(lines.joined(separator: ",").utf8)).prefix(8))
                if !done.contains(key) {
                    drafts.append(
                        draft(
                            holder, kind: "progress", subject: curriculum.id, title: curriculum.title, titleWelsh: curriculum.titleWelsh,
                            outcomes: outcomes, achievedOn: CertificateAchievements.latestDay(in: curriculum, achieved: outcomes) ?? today,
                            dueKey: key, using: &generator))
                }
            }
        }
        return drafts
    }

    private func draft(
        _ holder: CertificateHolder, kind: String, subject: String, title: String, titleWelsh: String?,
        outcomes: [String: Day], achievedOn: Day, dueKey: String, using generator: inout some RandomNumberGenerator
    ) -> Draft {
        let chosen = language ?? (holder.learner.preferredLanguage == "cy" ? .welsh : .english)
        let code = VerificationCode.random(using: &generator)
        var facts = CertificateFacts(
            id: code, code: code, kind: kind, subject: subject, title: title, titleWelsh: titleWelsh, learner: holder.learner.name,
            achievements: CertificateAchievements.lines(kind: kind, subject: subject, in: curriculum, achieved: outcomes),
            issuedOn: today.description, centre: holder.centreName, region: "", issuer: issuer,
            curriculum: "\(curriculum.id)@\(curriculum.version)")
        facts.version = Int(CompactFacts.format)
        facts.achievedOn = achievedOn.description
        return Draft(
            recordID: UUID(uuidString: Self.uuid(&generator))!.uuidString.lowercased(), facts: facts, learnerRef: holder.learner.ref,
            centreRef: holder.learner.centreRef, dueKey: dueKey, language: chosen,
            largePrint: holder.learner.largePrint)
    }

    /// `area:achieved/total` for each area.
    private func achievementLines(areas: [String], _ outcomes: [String: Day]) -> [String] {
        areas.map { area in
            let ids = curriculum.outcomeIDs(in: area)
            return "\(area):\(ids.filter { outcomes[$0] != nil }.count)/\(ids.count)"
        }
    }

    /// A random version-4 UUID from the given generator.
    private static func uuid(_ generator: inout some RandomNumberGenerator) -> String {
        var bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = Hex.string(bytes)
        let parts = [
            hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4), hex.dropFirst(20),
        ]
        return parts.joined(separator: "-")
    }
}
