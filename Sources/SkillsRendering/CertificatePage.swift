/// The facts printed on one certificate, already resolved to strings by the caller.
public struct CertificatePage: Sendable, Equatable, Hashable {
    /// Which language(s) the fixed wording and titles appear in.
    public enum Language: Sendable, Equatable, Hashable, CaseIterable {
        case english, welsh, bilingual
    }

    /// What the certificate records.
    public enum Kind: Sendable, Equatable, Hashable, CaseIterable {
        /// Achievements so far, by skill area.
        case progress
        /// Completion of one module.
        case module
        /// Completion of one skill area.
        case area
        /// Completion of the whole curriculum.
        case curriculum
    }

    /// Language of the wording.
    public var language: Language
    /// Large print: body text at least 18 pt and the name larger.
    public var largePrint: Bool
    /// What the certificate records.
    public var kind: Kind
    /// The learner's name exactly as they write it, in any script.
    public var learnerName: String
    /// What was achieved, in English (for progress: the curriculum title).
    public var title: String
    /// What was achieved, in Welsh.
    public var titleWelsh: String
    /// Achievements by skill area.
    public var achievements: [AchievementLine]
    /// Issue date as ISO 8601, e.g. "2026-11-26".
    public var issuedOn: String
    /// When the last outcome needed was recorded, ISO 8601 (nil on certificates from before it was signed).
    public var achievedOn: String?
    /// The centre where the learning happened.
    public var centreName: String
    /// The centre's region.
    public var regionName: String
    /// The programme that issues the certificate.
    public var issuerName: String
    /// The certificate's UUID, printed small.
    public var certificateID: String
    /// A short code a person can type, e.g. "7Q4K-9XZ2-M3PD".
    public var verificationCode: String
    /// Where to check the certificate, when there is a web address.
    public var verifyURL: String?
    /// What the QR code encodes: the verify address with the signed token in its fragment, or the bare token.
    public var qrPayload: String

    /// Creates a certificate page.
    public init(
        language: Language, largePrint: Bool = false, kind: Kind, learnerName: String,
        title: String, titleWelsh: String, achievements: [AchievementLine] = [],
        issuedOn: String, achievedOn: String? = nil, centreName: String, regionName: String, issuerName: String,
        certificateID: String, verificationCode: String, verifyURL: String? = nil, qrPayload: String
    ) {
        self.language = language
        self.largePrint = largePrint
        self.kind = kind
        self.learnerName = learnerName
        self.title = title
        self.titleWelsh = titleWelsh
        self.achievements = achievements
        self.issuedOn = issuedOn
        self.achievedOn = achievedOn
        self.centreName = centreName
        self.regionName = regionName
        self.issuerName = issuerName
        self.certificateID = certificateID
        self.verificationCode = verificationCode
        self.verifyURL = verifyURL
        self.qrPayload = qrPayload
    }

    /// The wording tables to print, Welsh first on bilingual pages.
    public var wordings: [CertificateWording] {
        switch language {
        case .english: [.english]
        case .welsh: [.welsh]
        case .bilingual: [.welsh, .english]
        }
    }

    /// The achievement title in the language of `wording`.
    public func title(in wording: CertificateWording) -> String {
        wording.isWelsh ? titleWelsh : title
    }
}
