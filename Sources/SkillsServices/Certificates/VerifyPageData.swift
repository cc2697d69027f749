import Foundation
import SkillsCore

/// What the verify page knows: the programme's name and public keys, and the curricula compact certificates name.
public struct VerifyPageData: Encodable, Sendable {
    /// A curriculum as the page shows it.
    struct CurriculumEntry: Encodable, Sendable {
        struct Area: Encodable, Sendable {
            var id, title: String
            var titleCy: String?
            /// How many outcomes the area has: the total each count is out of.
            var outcomes: Int
        }
        struct ModuleEntry: Encodable, Sendable {
            var id, title, area: String
            var titleCy: String?
            var outcomes: [OutcomeEntry]
        }
        struct OutcomeEntry: Encodable, Sendable {
            var text: String
            var textCy: String?
        }
        struct Award: Encodable, Sendable {
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
