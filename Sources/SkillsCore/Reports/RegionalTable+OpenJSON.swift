extension RegionalTable {
    /// `open/regional.json`, written directly: its rows are thousands of objects of ~80 keys each, and building them
    /// as dictionaries for JSONEncoder cost more than every other open-data step together. Keys are in the documented
    /// order (top level sorted, each row in column order); numbers plain, `"[c]"` where suppressed, `null` where a
    /// measure does not apply.
    public func openJSON(periodFrom: String, periodTo: String, curriculumID: String, note: String) -> String {
        var text = "{\n"
        text += "  \"columns\" : [" + columns.map(Self.jsonString).joined(separator: ", ") + "],\n"
        text += "  \"curriculum_id\" : \(Self.jsonString(curriculumID)),\n"
        text += "  \"note\" : \(Self.jsonString(note)),\n"
        text += "  \"period_from\" : \(Self.jsonString(periodFrom)),\n"
        text += "  \"period_to\" : \(Self.jsonString(periodTo)),\n"
        text += "  \"rows\" : [\n"
        let keys = columns.map { Self.jsonString($0) + ": " }
        for (index, row) in rows.enumerated() {
            text += "    {"
            for (column, cell) in row.enumerated() {
                if column > 0 { text += ", " }
                text += keys[column]
                switch cell {
                case .text(let value): text += Self.jsonString(value)
                case .count(let value): text += String(value)
                case .number(let value): text += Self.decimal(value)
                case .suppressed: text += Self.jsonString(DisclosureControl.marker)
                case .empty: text += "null"
                }
            }
            text += index + 1 < rows.count ? "},\n" : "}\n"
        }
        text += "  ],\n"
        text += "  \"suppression_marker\" : \(Self.jsonString(DisclosureControl.marker))\n}\n"
        return text
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, everything else as UTF-8.
    static func jsonString(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
