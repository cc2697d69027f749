import Foundation
import SkillsCore

/// Checks single fields against the programme's rules and collects every problem, so a form can mark them all.
enum FieldValidation {
    /// Throws `ServiceError.invalid` with every problem found, or returns when there are none.
    static func check(_ problems: [FieldProblem?]) throws {
        let found = problems.compactMap { $0 }
        if !found.isEmpty { throw ServiceError.invalid(found) }
    }

    /// A reference people type: letters, digits, '.', '-' and '_', at most 64.
    static func reference(_ field: String, _ value: String) -> FieldProblem? {
        if CurriculumValidator.isReference(value) { return nil }
        if value == "." || value == ".." {
            return FieldProblem(
                field: field, value: value, rule: "'\(value)' cannot be a reference: it names a folder", hint: "use letters or digits")
        }
        return FieldProblem(field: field, value: value, rule: "'\(value)' may hold only letters, digits, '.', '-' and '_' (at most 64)")
    }

    /// A person's or a place's name.
    static func name(_ field: String, _ value: String) -> FieldProblem? {
        FieldRules.nameProblem(value).map { FieldProblem(field: field, value: value, rule: $0) }
    }

    /// A day that must not be after today.
    static func notInFuture(_ field: String, _ day: Day?, today: Day, hint: String? = nil) -> FieldProblem? {
        guard let day, day > today else { return nil }
        return FieldProblem(field: field, value: day.description, rule: "\(day) is in the future", hint: hint)
    }
}
