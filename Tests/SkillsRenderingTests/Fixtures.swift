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

    /// A name of exactly 70 characters, the longest the one-page layouts promise to hold whole.
    static let seventyCharacterName = "Gwenllian Angharad Ŵyn-Llewelyn ap Rhys Hughes-Williams of Llanrhystud"

    /// Long "I can …" statements in both languages, as the shipped curriculum's safe-legal area has them.
    static func statements(_ count: Int) -> (english: [String], welsh: [String]) {
        let english = (1...count).map {
            "I can explain why my bank will never ask for my full PIN or password, and what to do (\($0))."
        }
        let welsh = (1...count).map {
            "Gallaf esbonio pam na fydd fy manc byth yn gofyn am fy PIN na'm cyfrinair llawn, a beth i'w wneud (\($0))."
        }
        return (english, welsh)
    }

    /// A module certificate's line: five long statements.
    static let moduleLine: AchievementLine = {
        let texts = statements(5)
        return AchievementLine(
            area: "Being responsible online", areaWelsh: "Bod yn gyfrifol ar-lein", achieved: 5, total: 5, statements: texts.english,
            statementsWelsh: texts.welsh)
    }()

    /// An area certificate's line: thirteen long statements in three modules.
    static let areaLine: AchievementLine = {
        let texts = statements(13)
        return AchievementLine(
            area: "Being safe and legal online", areaWelsh: "Bod yn ddiogel ac yn gyfreithlon ar-lein", achieved: 13, total: 13,
            statements: texts.english, statementsWelsh: texts.welsh,
            moduleGroups: [
                .init(title: "Spotting scams", titleWelsh: "Adnabod sgamiau", outcomes: 4),
                .init(title: "Protecting my devices and accounts", titleWelsh: "Diogelu fy nyfeisiau a'm cyfrifon", outcomes: 4),
                .init(title: "Being responsible online", titleWelsh: "Bod yn gyfrifol ar-lein", outcomes: 5),
            ])
    }()

    /// The shipped curriculum's six areas, two complete, each with its modules.
    static let sixAreas: [AchievementLine] = [
        ("Foundation skills", "Sgiliau sylfaenol", 10, 10), ("Communicating", "Cyfathrebu", 3, 11),
        ("Handling information and content", "Trin gwybodaeth a chynnwys", 3, 10), ("Transacting", "Cynnal trafodion", 3, 10),
        ("Problem solving", "Datrys problemau", 3, 8), ("Being safe and legal online", "Bod yn ddiogel ac yn gyfreithlon ar-lein", 13, 13),
    ].map { area, welsh, achieved, total in
        AchievementLine(
            area: area, areaWelsh: welsh, achieved: achieved, total: total,
            moduleGroups: [
                .init(title: "Getting started with a device", titleWelsh: "Dechrau defnyddio dyfais", outcomes: 4),
                .init(title: "Keeping my details safe", titleWelsh: "Cadw fy manylion yn ddiogel", outcomes: 3),
                .init(title: "Sharing and taking part online", titleWelsh: "Rhannu a chymryd rhan ar-lein", outcomes: 4),
            ])
    }

    /// What each kind of certificate lists, as the page builder makes it from signed facts.
    static func achievements(for kind: CertificatePage.Kind) -> [AchievementLine] {
        switch kind {
        case .module: [moduleLine]
        case .area: [areaLine]
        case .curriculum, .progress: sixAreas
        }
    }

    /// A certificate with everything filled in.
    static func certificate(
        name: String = "Margaret Jones", language: CertificatePage.Language = .english,
        kind: CertificatePage.Kind = .curriculum, largePrint: Bool = false, payload: String = longPayload,
        achievements: [AchievementLine] = areas, achievedOn: String? = nil
    ) -> CertificatePage {
        CertificatePage(
            language: language, largePrint: largePrint, kind: kind, learnerName: name,
            title: "Essential Digital Skills for Life", titleWelsh: "Sgiliau Digidol Hanfodol ar gyfer Bywyd",
            achievements: achievements, issuedOn: "2026-11-26", achievedOn: achievedOn, centreName: "Llanrhystud Library",
            regionName: "Ceredigion",
            issuerName: "DigitalSkills Programme", certificateID: "0f8fad5b-d9cb-469f-a165-70867728950e",
            verificationCode: "7Q4K-9XZ2-M3PD", verifyURL: "verify.example.org/c", qrPayload: payload)
    }

    /// Every kind × language × print size with a 70-character name, each listing what its kind lists.
    static var longNameVariants: [CertificatePage] {
        CertificatePage.Language.allCases.flatMap { language in
            CertificatePage.Kind.allCases.flatMap { kind in
                [false, true].map {
                    certificate(
                        name: seventyCharacterName, language: language, kind: kind, largePrint: $0,
                        payload: "https://skills.example.org/verify#DS2." + String(repeating: "0123456789", count: 40),
                        achievements: achievements(for: kind), achievedOn: "2026-11-10")
                }
            }
        }
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
