import SkillsCore
import SkillsServices

/// `GET /api/v1/certificates/verify/{code}`'s answer: the status in one word, the facts the certificate prints (for
/// a valid or revoked one), and why, in words.
struct VerificationAnswer: Encodable {
    struct Facts: Encodable {
        var learner: String
        var award: String
        var achievedOn: String?
        var issuedOn: String
        var centre: String
        var issuer: String
        var achievements: [String]

        init(_ facts: CertificateFacts) {
            learner = facts.learner
            award = facts.awardInWords
            achievedOn = facts.achievedOn
            issuedOn = facts.issuedOn
            centre = facts.centre
            issuer = facts.issuer
            achievements = facts.achievements
        }
    }

    var status: String
    var facts: Facts?
    var message: String?

    init(_ verdict: Verdict) {
        status = VerdictView.status(verdict)
        switch verdict {
        case .valid(let facts, _, _): self.facts = Facts(facts)
        case .revoked(let facts, let on, let reason):
            self.facts = Facts(facts)
            message = "withdrawn on \(on.prefix(10)): \(reason)"
        case .withdrawn(let on): message = "withdrawn on \(on.prefix(10)) at the learner's request"
        case .tampered(let why), .unknown(let why): message = why
        case .notIssued(let code): message = "certificate \(code) was recorded but never issued"
        }
    }
}
