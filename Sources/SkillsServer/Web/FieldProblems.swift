/// A form's problems by field name, and the markup that puts them beside their fields for the session and enrol
/// forms alike: the problems themselves, and the attributes that tie a field to its hint and problems for a screen
/// reader.
struct FieldProblems {
    let byField: [String: [String]]

    /// The problems found with one field, to show right beside it; nothing when it has none.
    func list(_ name: String) -> String {
        guard let problems = byField[name] else { return "" }
        return
            "<span class=\"problem\" id=\"\(name)-problem\">\(problems.map(HTML.escapeKeepingDatesWhole).joined(separator: "<br>"))</span>"
    }

    /// ` aria-describedby` naming the field's hint (when it has one) and its problems, or nothing.
    func describedBy(_ name: String, hint: Bool = false) -> String {
        let ids = (hint ? ["\(name)-hint"] : []) + (byField[name] == nil ? [] : ["\(name)-problem"])
        return ids.isEmpty ? "" : " aria-describedby=\"\(ids.joined(separator: " "))\""
    }

    /// ` aria-invalid` when the field has problems, or nothing.
    func invalid(_ name: String) -> String { byField[name] == nil ? "" : " aria-invalid=\"true\"" }
}
