import Foundation
import SkillsCore

/// Shared checks for import rows: each reports its problem and returns nil when the value is bad.
extension FieldReader {
    /// A required reference column.
    public func reference(_ name: String, _ problems: inout ImportProblems) -> String? {
        let value = text(name)
        guard CurriculumValidator.isReference(value) else {
            problems.add(
                line: record.line, column: column(name),
                value.isEmpty
                    ? "\(name) is empty; every row needs one"
                    : value == "." || value == ".."
                        ? "\(name) '\(value)' cannot be a reference: it names a folder; use letters or digits"
                        : "\(name) '\(value)' may hold only letters, digits, '.', '-' and '_'")
            return nil
        }
        return value
    }

    /// A required name column.
    public func name(_ name: String, _ problems: inout ImportProblems) -> String? {
        let value = text(name)
        if let problem = FieldRules.nameProblem(value) {
            problems.add(line: record.line, column: column(name), "\(name): \(problem)")
            return nil
        }
        return value
    }

    /// A date column (`YYYY-MM-DD`), required or optional; `ok` turns false when it is bad.
    public func day(_ name: String, required: Bool, notAfter today: Day, _ problems: inout ImportProblems, ok: inout Bool) -> Day? {
        let value = text(name)
        if value.isEmpty {
            if required {
                problems.add(line: record.line, column: column(name), "\(name) is empty; write the date as YYYY-MM-DD")
                ok = false
            }
            return nil
        }
        guard let day = Day(iso: value) ?? (dayFirstDates ? Day.britishForm(value) : nil) else {
            if let british = Day.britishForm(value) {
                problems.add(
                    line: record.line, column: column(name),
                    "\(name) '\(value)' is written day first; write it as \(british), or import with --date-format uk")
            } else {
                problems.add(
                    line: record.line, column: column(name),
                    "\(name) '\(value)' is not a real date; write it as YYYY-MM-DD, for example 2026-09-30")
            }
            ok = false
            return nil
        }
        if day > today {
            problems.add(line: record.line, column: column(name), "\(name) \(value) is in the future")
            ok = false
        }
        return day
    }

    /// An optional yes/no column; `fallback` when empty.
    public func flag(_ name: String, fallback: Bool, _ problems: inout ImportProblems, ok: inout Bool) -> Bool {
        let value = text(name).lowercased()
        if value.isEmpty { return fallback }
        if Self.flagWords.yes.contains(value) { return true }
        if Self.flagWords.no.contains(value) { return false }
        problems.add(line: record.line, column: column(name), "\(name) '\(value)' must be yes or no")
        ok = false
        return fallback
    }

    /// The words a yes/no column takes, in lower case.
    static let flagWords = (yes: ["yes", "y", "true", "1"], no: ["no", "n", "false", "0"])

    /// A centre reference column resolved to its row id, or nil with a "did you mean" problem.
    public func centre(_ name: String, in centres: [String: Int64], _ problems: inout ImportProblems) -> Int64? {
        let ref = text(name)
        if let id = centres[ref] { return id }
        problems.addUnknown(
            line: record.line, column: column(name), .centre, ref, among: centres.keys)
        return nil
    }

    /// A whole number column.
    public func integer(_ name: String, _ problems: inout ImportProblems) -> Int? {
        let value = text(name)
        guard let number = Int(value) else {
            problems.add(line: record.line, column: column(name), "\(name) '\(value)' must be a whole number")
            return nil
        }
        return number
    }
}

/// The "already there with different content" message, naming both versions.
public func conflictMessage(_ what: String, stored: [String: String], incoming: [String: String]) -> String {
    let differences = incoming.keys.sorted().compactMap { key -> String? in
        let old = stored[key] ?? ""
        let new = incoming[key] ?? ""
        return old == new ? nil : "\(key) '\(new)' here but '\(old)' already stored"
    }
    return
        "\(what) already exists with different content: \(differences.joined(separator: "; ")) — correct the file, or change the stored record first"
}
