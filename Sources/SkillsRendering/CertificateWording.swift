import Foundation

/// The fixed wording printed on certificates, in English or Welsh.
public struct CertificateWording: Sendable, Equatable, Hashable {
    /// Whether this is the Welsh table.
    public let isWelsh: Bool
    /// Heading of a completion certificate.
    public let completionHeading: String
    /// Heading of a progress certificate.
    public let progressHeading: String
    /// Words before the learner's name.
    public let certifiesThat: String
    /// Words between the name and a completion title.
    public let hasAchieved: String
    /// Words between the name and the course title on a progress certificate.
    public let hasMadeProgress: String
    /// Heading over the per-area progress of a progress certificate.
    public let skillsSoFar: String
    /// Heading over the skill areas of a completion certificate.
    public let skillAreas: String
    /// Heading over the "I can …" outcomes.
    public let whatICanDo: String
    /// Label in front of the centre's name.
    public let centre: String
    /// Label over the verification code.
    public let verificationCode: String
    /// Label in front of the certificate ID.
    public let certificateID: String
    /// Note that a page continues the previous one.
    public let continued: String
    /// Month names, January first.
    public let months: [String]
    /// Heading over the skill areas of a curriculum certificate, before "N of M".
    public let areasCompleted: String
    /// Heading over a module certificate's count when its statements do not fit.
    public let outcomesAchieved: String
    /// Heading over an area certificate's modules when its statements do not fit.
    public let modulesCompleted: String
    /// Label before the modules a skill area holds.
    public let modules: String
    /// Words before the verify address on large-print pages.
    public let checkAt: String
    /// What a screen reader says for the QR code, before the verification code.
    public let qrCodeAlt: String
    private let achievedPrefix: String
    private let issuedPrefix: String
    private let awardedPrefix: String
    private let checkAtFormat: String
    private let scanOnly: String
    private let ofFormat: String
    private let pageFormat: String

    /// English wording.
    public static let english = CertificateWording(
        isWelsh: false, completionHeading: "Certificate of Achievement", progressHeading: "Progress Certificate",
        certifiesThat: "This certifies that", hasAchieved: "has achieved",
        hasMadeProgress: "has made progress in", skillsSoFar: "Skills achieved so far",
        skillAreas: "Skill areas achieved", whatICanDo: "What I can do",
        centre: "Centre", verificationCode: "Verification code", certificateID: "Certificate ID",
        continued: "continued",
        months: [
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December",
        ],
        areasCompleted: "Skill areas completed", outcomesAchieved: "Outcomes achieved", modulesCompleted: "Modules completed",
        modules: "Modules", checkAt: "Check it at", qrCodeAlt: "QR code to check this certificate online; verification code",
        achievedPrefix: "Achieved on", issuedPrefix: "Issued on",
        awardedPrefix: "Awarded on", checkAtFormat: "Check this certificate at %@ or scan the code",
        scanOnly: "The programme can check this certificate from its code",
        ofFormat: "%@ of %@",
        pageFormat: "Page %@ of %@")

    /// Welsh wording ("yn" and "gan" are avoided before names so no mutation is needed).
    public static let welsh = CertificateWording(
        isWelsh: true, completionHeading: "Tystysgrif Cyflawniad", progressHeading: "Tystysgrif Cynnydd",
        certifiesThat: "Mae hyn yn tystio bod", hasAchieved: "wedi cyflawni",
        hasMadeProgress: "wedi gwneud cynnydd ar y cwrs", skillsSoFar: "Sgiliau a gyflawnwyd hyd yma",
        skillAreas: "Meysydd sgiliau a gyflawnwyd", whatICanDo: "Yr hyn y gallaf ei wneud",
        centre: "Canolfan", verificationCode: "Cod dilysu",
        certificateID: "Cyfeirnod y dystysgrif", continued: "parhad",
        months: [
            "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
            "Hydref", "Tachwedd", "Rhagfyr",
        ],
        areasCompleted: "Meysydd sgiliau a gwblhawyd", outcomesAchieved: "Canlyniadau a gyflawnwyd",
        modulesCompleted: "Modiwlau a gwblhawyd", modules: "Modiwlau", checkAt: "Gwiriwch hi ar",
        qrCodeAlt: "Cod QR i wirio’r dystysgrif hon ar-lein; cod dilysu",
        achievedPrefix: "Cyflawnwyd ar", issuedPrefix: "Cyhoeddwyd ar",
        awardedPrefix: "Dyfarnwyd ar", checkAtFormat: "Gwiriwch y dystysgrif hon ar %@ neu sganiwch y cod",
        scanOnly: "Gall y rhaglen wirio’r dystysgrif hon o’i chod",
        ofFormat: "%@ o %@",
        pageFormat: "Tudalen %@ o %@")

    /// The heading for a certificate of `kind`.
    public func heading(for kind: CertificatePage.Kind) -> String {
        kind == .progress ? progressHeading : completionHeading
    }

    /// The words between the name and the title for a certificate of `kind`.
    public func achievementVerb(for kind: CertificatePage.Kind) -> String {
        kind == .progress ? hasMadeProgress : hasAchieved
    }

    /// "Awarded on 26 November 2026" from an ISO date; an unreadable date is printed as given.
    public func awarded(on isoDate: String) -> String {
        "\(awardedPrefix) \(humanDate(isoDate))"
    }

    /// "Achieved on 10 November 2026 · Issued on 26 November 2026"; older certificates only knew the issue date.
    public func dates(achieved achievedOn: String?, issued issuedOn: String) -> String {
        guard let achievedOn else { return awarded(on: issuedOn) }
        return "\(achieved(on: achievedOn)) · \(issued(on: issuedOn))"
    }

    /// "Achieved on 10 November 2026".
    public func achieved(on isoDate: String) -> String { "\(achievedPrefix) \(humanDate(isoDate))" }

    /// "Issued on 26 November 2026".
    public func issued(on isoDate: String) -> String { "\(issuedPrefix) \(humanDate(isoDate))" }

    /// "26 November 2026" / "26 Tachwedd 2026" from "2026-11-26"; an unreadable date is returned unchanged.
    public func humanDate(_ isoDate: String) -> String {
        let parts = isoDate.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]),
            let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return isoDate }
        return "\(day) \(months[month - 1]) \(year)"
    }

    /// The line inviting a reader to check the certificate, naming the web address when there is one.
    public func checkCertificate(at url: String?) -> String {
        guard let url, !url.isEmpty else { return scanOnly }
        return checkAtFormat.replacingFirst("%@", with: url)
    }

    /// "5 of 9" / "5 o 9".
    public func count(_ achieved: Int, of total: Int) -> String {
        ofFormat.replacingFirst("%@", with: "\(achieved)").replacingFirst("%@", with: "\(total)")
    }

    /// "Page 2 of 3" / "Tudalen 2 o 3".
    public func page(_ number: Int, of count: Int) -> String {
        pageFormat.replacingFirst("%@", with: "\(number)").replacingFirst("%@", with: "\(count)")
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced.
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
