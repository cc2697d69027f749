import ArgumentParser
import Foundation
import SkillsCore

/// `skills certificate verify-page --out DIR`: the static page a certificate's QR code opens.
struct WriteVerifyPage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify-page", abstract: "Write the static web page that checks certificates in the browser.",
        discussion: """
            Example:  skills certificate verify-page --out site/verify
            Writes index.html, verify.css, verify.js and verify-data.js (the programme's public keys and curricula).
            Publish the folder on any static web host, then point certificates at it with
            `skills programme set --verify-url https://…/verify`. The page checks the Ed25519 signature with the
            browser's WebCrypto; the certificate travels in the address's fragment, which browsers never send to a
            server. It cannot know about withdrawals, and says so. Run it again after a curriculum or key changes.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: ArgumentHelp("The folder to write the page into.", valueName: "dir")) var out: String

    func run() throws {
        let store = try programme.openStore(for: .read)
        let keys = try store.signingKeys()
        guard !keys.isEmpty else { throw UserError(.data, "this programme has no signing key yet — `skills init` creates one") }
        let curricula = try store.curriculumSummaries().flatMap { summary in
            (1...summary.version).compactMap { try? store.curriculum(id: summary.id, version: $0) }
        }
        let data = VerifyPageData(
            programme: try store.programme().name, keys: keys.sorted { $0.key < $1.key }.map { $0.value.base64EncodedString() },
            curricula: curricula.map(VerifyPageData.CurriculumEntry.init))
        let folder = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = try ShippedData.home().appendingPathComponent("VerifyPage")
        for name in ["index.html", "verify.css", "verify.js"] {
            let target = folder.appendingPathComponent(name)
            try? FileManager.default.removeItem(at: target)
            do {
                try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: target)
            } catch {
                throw UserError(.noInput, "cannot copy VerifyPage/\(name) into '\(out)' — is SKILLS_HOME the project folder?")
            }
        }
        try Data(("window.DIGITALSKILLS_VERIFY = " + (try data.json()) + ";\n").utf8)
            .write(to: folder.appendingPathComponent("verify-data.js"), options: .atomic)
        print("wrote the verify page to \(out)/ (index.html, verify.css, verify.js, verify-data.js)")
        print("publish it, then run `skills programme set --verify-url https://…/verify` with its address")
    }
}

/// What the verify page knows: the programme's name and public keys, and the curricula compact certificates name.
struct VerifyPageData: Encodable {
    /// A curriculum as the page shows it.
    struct CurriculumEntry: Encodable {
        struct Area: Encodable {
            var id, title: String
            var titleCy: String?
            /// How many outcomes the area has: the total each count is out of.
            var outcomes: Int
        }
        struct ModuleEntry: Encodable {
            var id, title, area: String
            var titleCy: String?
            var outcomes: [OutcomeEntry]
        }
        struct OutcomeEntry: Encodable {
            var text: String
            var textCy: String?
        }
        struct Award: Encodable {
            var id, title: String
            var titleCy: String?
        }

        var id: String
        var version: Int
        var title: String
        var titleCy: String?
        var areas: [Area]
        var modules: [ModuleEntry]
        var awards: [Award]

        init(_ curriculum: Curriculum) {
            id = curriculum.id
            version = curriculum.version
            title = curriculum.title
            titleCy = curriculum.titleWelsh
            areas = curriculum.areas.map {
                Area(id: $0.id, title: $0.title, titleCy: $0.titleWelsh, outcomes: curriculum.outcomeIDs(in: $0.id).count)
            }
            modules = curriculum.modules.map { module in
                ModuleEntry(
                    id: module.id, title: module.title, area: module.area, titleCy: module.titleWelsh,
                    outcomes: module.outcomes.map { OutcomeEntry(text: $0.text, textCy: $0.textWelsh) })
            }
            awards = curriculum.awards.compactMap { rule in
                guard case .curriculum(let award) = rule else { return nil }
                return Award(id: award.id, title: award.title, titleCy: award.titleWelsh)
            }
        }
    }

    var programme: String
    /// Raw Ed25519 public keys, base64.
    var keys: [String]
    var curricula: [CurriculumEntry]

    /// The data as JSON, with `<` escaped so it can never close a script element.
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
    }
}
