import SkillsCore
import SkillsServices

/// A verification's answer in words, with the facts the certificate itself prints and nothing more.
struct VerdictView {
    let verdict: Verdict
    let strings: Strings
    /// The page's language: on a Welsh page, why a certificate is tampered or unknown is said in Welsh first, with the
    /// verifier's English details after it, marked as English.
    var language: Language = .english

    /// The verdict's one-word name, as the API also gives it.
    static func status(_ verdict: Verdict) -> String {
        switch verdict {
        case .valid: "valid"
        case .tampered: "tampered"
        case .revoked: "revoked"
        case .withdrawn: "withdrawn"
        case .notIssued: "not-issued"
        case .unknown: "unknown"
        }
    }

    var html: String {
        let status = Self.status(verdict)
        let headline =
            "<p class=\"verdict \(status)\" role=\"status\"><strong>\(HTML.escape(strings.verdictWords[status] ?? status))</strong></p>"
        switch verdict {
        case .valid(let facts, _, _): return headline + factList(facts)
        case .revoked(let facts, let on, let reason):
            return headline + "<p>\(HTML.escape(String(on.prefix(10)))): \(HTML.escape(reason))</p>" + factList(facts)
        case .withdrawn(let on): return headline + "<p>\(HTML.escape(String(on.prefix(10)))). \(strings.withdrawnNote)</p>"
        case .tampered(let why), .unknown(let why):
            guard language == .welsh else { return headline + "<p>\(HTML.escape(why))</p>" }
            return headline + "<p>\(HTML.escape(ServiceWords(language: language).verdictReason(tampered: status == "tampered")))</p>"
                + "<p class=\"hint\" lang=\"en\">\(HTML.escape(why))</p>"
        case .notIssued(let code): return headline + "<p>\(HTML.escape(code))</p>"
        }
    }

    private func factList(_ facts: CertificateFacts) -> String {
        var rows = [
            (strings.issuedTo, facts.learner), (strings.award, facts.awardInWords), (strings.issuedOn, facts.issuedOn),
            (strings.centre, facts.centre), (strings.issuedBy, facts.issuer),
        ]
        if let achieved = facts.achievedOn { rows.insert((strings.achievedOn, achieved), at: 2) }
        if !facts.achievements.isEmpty { rows.append((strings.skills, facts.achievements.map(Self.describe).joined(separator: "; "))) }
        return "<dl>" + rows.map { "<dt>\(HTML.escape($0.0))</dt><dd>\(HTML.escape($0.1))</dd>" }.joined() + "</dl>"
    }

    /// `safe-legal:4/13` as "safe-legal 4 of 13".
    static func describe(_ achievement: String) -> String {
        achievement.replacingOccurrences(of: ":", with: " ").replacingOccurrences(of: "/", with: " of ")
    }
}
