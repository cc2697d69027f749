import Foundation

/// Every fact a certificate prints, and nothing else: the content the programme's signature covers.
///
/// Certificates are signed in the compact format 2 (`CompactFacts`); format 1, compact JSON with these short keys
/// (documented in `docs/certificates.md`), is still read so older certificates verify. The "I can …" statements a
/// module or area certificate lists are fixed by its kind, subject and curriculum version.
public struct CertificateFacts: Codable, Equatable, Sendable {
    /// The format version of these facts.
    public var version = 1
    /// The certificate's id (a UUID).
    public var id: String
    /// The short code a person can type, without dashes.
    public var code: String
    /// progress, module, area or curriculum.
    public var kind: String
    /// The module, area or award id (the curriculum id for progress certificates).
    public var subject: String
    /// What was achieved, as printed (English, then Welsh when the certificate shows Welsh).
    public var title: String
    public var titleWelsh: String?
    /// The learner's name exactly as they write it.
    public var learner: String
    /// Per skill area: `area-id:achieved/total`, in curriculum order.
    public var achievements: [String]
    /// The day it was issued, `YYYY-MM-DD`.
    public var issuedOn: String
    /// The day the last outcome it needs was recorded, `YYYY-MM-DD` (format 1 certificates did not say).
    public var achievedOn: String?
    public var centre: String
    public var region: String
    /// The programme that issued it.
    public var issuer: String
    /// The curriculum and version the achievements are measured against, `id@version`.
    public var curriculum: String

    public init(
        id: String, code: String, kind: String, subject: String, title: String, titleWelsh: String?, learner: String,
        achievements: [String], issuedOn: String, centre: String, region: String, issuer: String,
        curriculum: String
    ) {
        self.id = id
        self.code = code
        self.kind = kind
        self.subject = subject
        self.title = title
        self.titleWelsh = titleWelsh
        self.learner = learner
        self.achievements = achievements
        self.issuedOn = issuedOn
        self.centre = centre
        self.region = region
        self.issuer = issuer
        self.curriculum = curriculum
    }

    enum CodingKeys: String, CodingKey {
        case version = "v"
        case id
        case code = "c"
        case kind = "k"
        case subject = "s"
        case title = "t"
        case titleWelsh = "tc"
        case learner = "n"
        case achievements = "a"
        case issuedOn = "d"
        case achievedOn = "da"
        case centre = "ce"
        case region = "r"
        case issuer = "i"
        case curriculum = "cv"
    }

    /// The facts that differ from another set, named for people ("the learner's name").
    public func differences(from other: CertificateFacts) -> [String] {
        var changed: [String] = []
        func check(_ label: String, _ mine: String, _ theirs: String) {
            if mine != theirs { changed.append("\(label): '\(theirs)' where the signed certificate says '\(mine)'") }
        }
        check("the learner's name", learner, other.learner)
        check("the achievements", achievements.joined(separator: ", "), other.achievements.joined(separator: ", "))
        check("the date", issuedOn, other.issuedOn)
        check("the date achieved", achievedOn ?? "", other.achievedOn ?? "")
        check("the title", title, other.title)
        check("the Welsh title", titleWelsh ?? "", other.titleWelsh ?? "")
        check("the kind", kind, other.kind)
        check("the subject", subject, other.subject)
        check("the centre", centre, other.centre)
        check("the region", region, other.region)
        check("the issuer", issuer, other.issuer)
        check("the curriculum", curriculum, other.curriculum)
        check("the certificate id", id, other.id)
        check("the code", code, other.code)
        return changed
    }
}
