import Foundation
import SkillsRendering

/// Certificates and helpers shared by the tests.
enum Fixtures {
    /// The names every renderer change must keep exact, one per script family.
    static let names = [
        "محمد عبد الله", "রহিম উদ্দিন", "王秀英", "Nguyễn Thị Lan",
        "Gwenllian Ŵyn", "Анна Петрова", "राम कुमार", "عائشہ خان",
    ]

    /// A ~500-character signed-token-like payload.
    static let longPayload = "DS1." + String(repeating: "eyJhbGciOiJFZERTQSJ9-Xw0aZ5pQyR7sT1uV4wX6_", count: 12)

    static let areas = [
        AchievementLine(
            area: "Communicating", areaWelsh: "Cyfathrebu", achieved: 5, total: 9,
            statements: ["I can send an email"], statementsWelsh: ["Gallaf anfon e-bost"]),
        AchievementLine(
            area: "Being safe and legal online", areaWelsh: "Bod yn ddiogel ac yn gyfreithlon ar-lein",
            achieved: 9, total: 9,
            statements: ["I can spot a scam text message", "I can set a strong password"],
            statementsWelsh: ["Gallaf adnabod neges destun sgam", "Gallaf osod cyfrinair cryf"]),
    ]

    /// A certificate with everything filled in.
    static func certificate(
        name: String = "Margaret Jones", language: CertificatePage.Language = .english,
        kind: CertificatePage.Kind = .curriculum, largePrint: Bool = false, payload: String = longPayload
    ) -> CertificatePage {
        CertificatePage(
            language: language, largePrint: largePrint, kind: kind, learnerName: name,
            title: "Essential Digital Skills for Life", titleWelsh: "Sgiliau Digidol Hanfodol ar gyfer Bywyd",
            achievements: areas, issuedOn: "2026-11-26", centreName: "Llanrhystud Library", regionName: "Ceredigion",
            issuerName: "DigitalSkills Programme", certificateID: "0f8fad5b-d9cb-469f-a165-70867728950e",
            verificationCode: "7Q4K-9XZ2-M3PD", verifyURL: "verify.example.org/c", qrPayload: payload)
    }

    /// Every language × kind × print-size combination.
    static var allVariants: [CertificatePage] {
        CertificatePage.Language.allCases.flatMap { language in
            CertificatePage.Kind.allCases.flatMap { kind in
                [false, true].map { certificate(language: language, kind: kind, largePrint: $0) }
            }
        }
    }

    /// A fresh empty directory for one test's output.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("skills-rendering-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
