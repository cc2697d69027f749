/// A problem found in a curriculum, with the source line where known.
public struct CurriculumProblem: Equatable, Sendable, CustomStringConvertible {
    public var line: Int?
    public var message: String

    public init(line: Int?, _ message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { line.map { "line \($0): \(message)" } ?? message }
}

/// Checks a curriculum's ids and references before anything is written.
public enum CurriculumValidator {
    /// Every problem in the curriculum; empty when it can be loaded.
    public static func problems(in curriculum: Curriculum) -> [CurriculumProblem] {
        var problems: [CurriculumProblem] = []
        if !isSlug(curriculum.id) {
            problems.append(.init(line: nil, "curriculum id '\(curriculum.id)' must be lowercase letters, digits and hyphens"))
        }
        if curriculum.version < 1 {
            problems.append(.init(line: nil, "version \(curriculum.version) must be 1 or more"))
        }
        var areaIDs: Set<String> = []
        for area in curriculum.areas {
            if !isSlug(area.id) {
                problems.append(.init(line: area.line, "area id '\(area.id)' must be lowercase letters, digits and hyphens"))
            }
            if !areaIDs.insert(area.id).inserted {
                problems.append(.init(line: area.line, "area id '\(area.id)' is used twice"))
            }
        }
        if curriculum.areas.isEmpty { problems.append(.init(line: nil, "the curriculum has no areas")) }
        var moduleIDs: Set<String> = []
        var outcomeIDs: Set<String> = []
        for module in curriculum.modules {
            if !moduleIDs.insert(module.id).inserted {
                problems.append(.init(line: module.line, "module id '\(module.id)' is used twice"))
            }
            if !areaIDs.contains(module.area) {
                problems.append(.init(line: module.line, "module '\(module.id)' names area '\(module.area)', which is not in `areas`"))
            }
            if !(module.hours > 0) {
                problems.append(.init(line: module.line, "module '\(module.id)' has hours \(module.hours); it must be more than 0"))
            }
            if module.outcomes.isEmpty {
                problems.append(.init(line: module.line, "module '\(module.id)' has no outcomes"))
            }
            for outcome in module.outcomes {
                if !isReference(outcome.id) {
                    problems.append(.init(line: outcome.line, "outcome id '\(outcome.id)' may hold only letters, digits, '.', '-' and '_'"))
                }
                if !outcomeIDs.insert(outcome.id).inserted {
                    problems.append(.init(line: outcome.line, "outcome id '\(outcome.id)' is used twice"))
                }
                if outcome.digComp.isEmpty {
                    problems.append(.init(line: outcome.line, "outcome '\(outcome.id)' maps to no DigComp competence"))
                }
                for code in outcome.digComp where !DigComp.isCompetence(code) {
                    problems.append(
                        .init(
                            line: outcome.line,
                            "outcome '\(outcome.id)' names DigComp '\(code)', which is not one of the 21 competences (1.1 to 5.4)"))
                }
            }
        }
        for case .curriculum(let award) in curriculum.awards {
            for requirement in award.requirements where !areaIDs.contains(requirement.area) {
                problems.append(.init(line: nil, "award '\(award.id)' requires area '\(requirement.area)', which is not in `areas`"))
            }
        }
        return problems
    }

    /// Lowercase letters, digits and hyphens, starting with a letter.
    public static func isSlug(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A reference people type: ASCII letters, digits, '.', '-', '_', at most 64, and never "." or ".." alone, which
    /// would name a folder when the ref becomes part of a file's path.
    public static func isReference(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 64 && text != "." && text != ".."
            && text.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                    || $0 == "." || $0 == "-" || $0 == "_"
            }
    }

    /// `isReference` on UTF-8 bytes, for the import's hot path.
    public static func isReference(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard (1...64).contains(bytes.count) else { return false }
        if bytes.count <= 2, bytes.allSatisfy({ $0 == UInt8(ascii: ".") }) { return false }
        return bytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"):
                true
            default: false
            }
        }
    }
}
