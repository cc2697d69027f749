import Foundation
import SkillsCore
import Yams

/// Reads the documented curriculum YAML format (Curricula/README.md), reporting problems with line numbers.
final class CurriculumYAML {
    private var problems: [CurriculumProblem] = []

    /// Parses and validates a curriculum file; throws one error listing every problem, nothing loaded.
    static func read(_ text: String, file: String) throws -> Curriculum {
        let reader = CurriculumYAML()
        if let alias = YAMLAliases.first(in: text) {
            throw ServiceError.file(
                .contents(
                    path: file,
                    summary: "\(file):\(alias.line): '\(alias.token)' is a YAML anchor or alias, which curriculum files do not use — "
                        + "write the value out in full, or put text that starts with & or * in quotes",
                    problems: []))
        }
        let curriculum: Curriculum?
        do {
            guard let root = try Yams.compose(yaml: text) else {
                throw ServiceError.file(
                    .contents(path: file, summary: "\(file): the file is empty — see Curricula/README.md for the format", problems: []))
            }
            curriculum = reader.curriculum(root)
        } catch let error as YamlError {
            throw ServiceError.file(
                .contents(path: file, summary: "\(file): \(describe(error)) — fix the YAML there and load it again", problems: []))
        }
        if let curriculum { reader.problems += CurriculumValidator.problems(in: curriculum) }
        guard let curriculum, reader.problems.isEmpty else {
            let lines = reader.problems.map { "\(file):\($0.line.map { "\($0):" } ?? "") error: \($0.message)" }
            throw ServiceError.file(
                .contents(
                    path: file,
                    summary: "\(reader.problems.count) problem(s) in \(file); nothing was loaded — fix them and load it again",
                    problems: lines))
        }
        return curriculum
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return "line \(mark.line), column \(mark.column): \(problem)"
        default:
            return "\(error)"
        }
    }

    private func curriculum(_ node: Node) -> Curriculum? {
        guard
            let map = mapping(
                node,
                allowed: ["id", "version", "title", "title_cy", "framework", "framework_version", "source", "areas", "modules", "awards"],
                what: "the curriculum")
        else { return nil }
        let areas = list(map["areas"], what: "areas", line: node).compactMap(area)
        let modules = list(map["modules"], what: "modules", line: node).compactMap(module)
        let awards = (map["awards"].map { list($0, what: "awards", line: node) } ?? []).compactMap(award)
        guard let id = string(map["id"], "id", in: node), let title = string(map["title"], "title", in: node),
            let framework = string(map["framework"], "framework", in: node), let version = int(map["version"], "version", in: node)
        else { return nil }
        return Curriculum(
            id: id, version: version, title: title, titleWelsh: map["title_cy"]?.string, framework: framework,
            frameworkVersion: map["framework_version"]?.string, source: map["source"]?.string, areas: areas,
            modules: modules, awards: awards)
    }

    private func area(_ node: Node) -> SkillArea? {
        guard let map = mapping(node, allowed: ["id", "title", "title_cy"], what: "an area"),
            let id = string(map["id"], "id", in: node), let title = string(map["title"], "title", in: node)
        else { return nil }
        return SkillArea(id: id, title: title, titleWelsh: map["title_cy"]?.string, line: node.mark?.line)
    }

    private func module(_ node: Node) -> Module? {
        guard let map = mapping(node, allowed: ["id", "title", "title_cy", "area", "hours", "outcomes"], what: "a module") else {
            return nil
        }
        let outcomes = list(map["outcomes"], what: "outcomes", line: node).compactMap(outcome)
        guard let id = string(map["id"], "id", in: node), let title = string(map["title"], "title", in: node),
            let area = string(map["area"], "area", in: node), let hours = number(map["hours"], "hours", in: node)
        else { return nil }
        return Module(
            id: id, title: title, titleWelsh: map["title_cy"]?.string, area: area, hours: hours, outcomes: outcomes, line: node.mark?.line)
    }

    private func outcome(_ node: Node) -> Outcome? {
        guard let map = mapping(node, allowed: ["id", "text", "text_cy", "digcomp"], what: "an outcome"),
            let id = string(map["id"], "id", in: node), let text = string(map["text"], "text", in: node)
        else { return nil }
        let codes = list(map["digcomp"], what: "digcomp", line: node).compactMap { string($0, "digcomp", in: node) }
        return Outcome(id: id, text: text, textWelsh: map["text_cy"]?.string, digComp: codes, line: node.mark?.line)
    }

    private func award(_ node: Node) -> AwardRule? {
        guard let map = mapping(node, allowed: ["kind", "id", "title", "title_cy", "requires"], what: "an award"),
            let kind = string(map["kind"], "kind", in: node)
        else { return nil }
        switch kind {
        case "module": return .everyModule
        case "area": return .everyArea
        case "curriculum":
            let requirements = list(map["requires"], what: "requires", line: node).compactMap(requirement)
            guard let id = string(map["id"], "id", in: node), let title = string(map["title"], "title", in: node) else { return nil }
            return .curriculum(CurriculumAward(id: id, title: title, titleWelsh: map["title_cy"]?.string, requirements: requirements))
        default:
            problem(node, "award kind '\(kind)' is not one of: module, area, curriculum")
            return nil
        }
    }

    private func requirement(_ node: Node) -> AreaRequirement? {
        guard let map = mapping(node, allowed: ["area", "outcomes"], what: "a requirement"),
            let area = string(map["area"], "area", in: node), let amount = map["outcomes"]?.string
        else {
            problem(node, "a requirement needs `area` and `outcomes` (all, or a number)")
            return nil
        }
        if amount == "all" { return AreaRequirement(area: area, amount: .all) }
        guard let count = Int(amount), count > 0 else {
            problem(node, "outcomes '\(amount)' must be `all` or a whole number above 0")
            return nil
        }
        return AreaRequirement(area: area, amount: .atLeast(count))
    }

    private func mapping(_ node: Node, allowed: Set<String>, what: String) -> [String: Node]? {
        guard case .mapping(let mapping) = node else {
            problem(node, "\(what) must be a mapping of keys to values")
            return nil
        }
        var result: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            if !allowed.contains(name) {
                let hint = NearestMatch.best(for: name, among: allowed).map { " — did you mean '\($0)'?" } ?? ""
                problem(key, "unknown key '\(name)' in \(what)\(hint)")
            }
            result[name] = value
        }
        return result
    }

    private func list(_ node: Node?, what: String, line parent: Node) -> [Node] {
        guard let node else {
            problem(parent, "missing `\(what)`")
            return []
        }
        guard case .sequence(let sequence) = node else {
            problem(node, "`\(what)` must be a list")
            return []
        }
        return Array(sequence)
    }

    private func string(_ node: Node?, _ key: String, in parent: Node) -> String? {
        guard let node else {
            problem(parent, "missing `\(key)`")
            return nil
        }
        guard case .scalar(let scalar) = node, !scalar.string.isEmpty else {
            problem(node, "`\(key)` must be text")
            return nil
        }
        return scalar.string
    }

    private func int(_ node: Node?, _ key: String, in parent: Node) -> Int? {
        guard let text = string(node, key, in: parent) else { return nil }
        guard let value = Int(text) else {
            problem(node ?? parent, "`\(key)` '\(text)' must be a whole number")
            return nil
        }
        return value
    }

    private func number(_ node: Node?, _ key: String, in parent: Node) -> Double? {
        guard let text = string(node, key, in: parent) else { return nil }
        guard let value = Double(text) else {
            problem(node ?? parent, "`\(key)` '\(text)' must be a number")
            return nil
        }
        return value
    }

    private func problem(_ node: Node, _ message: String) {
        problems.append(CurriculumProblem(line: node.mark?.line, message))
    }
}
