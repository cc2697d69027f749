import Foundation

/// Writes RFC 4180 CSV text: fields quoted only when they need it, LF line endings.
///
/// Every file this program writes may be opened in a spreadsheet, so a text field that a spreadsheet would run as a
/// formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is written with an apostrophe in front, as
/// OWASP advises; numbers, negative ones included, are written as they are.
public enum CSVWriter {
    /// One field, neutralised if a spreadsheet would run it, quoted if it holds a comma, quote or line break.
    public static func field(_ text: String) -> String {
        let text = neutralised(text)
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record as a line, with its line break.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }
}

extension CSVWriter {
    /// The characters that make a spreadsheet treat a cell as a formula.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The text with an apostrophe in front when a spreadsheet would run it as a formula; numbers stay as they are.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first), Double(text) == nil else { return text }
        return "'" + text
    }
}
