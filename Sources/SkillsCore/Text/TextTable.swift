/// A plain-text table whose columns line up by display width, whatever the script.
public struct TextTable: Sendable {
    public var headers: [String]
    public var rows: [[String]]
    /// Columns to right-align (numbers); they keep their width when the table is narrowed.
    public var rightAligned: Set<Int>
    /// Columns that may be narrowed and wrapped to fit a width; nil for every left-aligned one. Dates, codes and refs
    /// read best whole, so tables name the columns of names and free text here.
    public var wrappable: Set<Int>?

    /// Columns are never narrowed below this (or their widest cell, if narrower).
    static let narrowest = 8

    public init(headers: [String], rows: [[String]] = [], rightAligned: Set<Int> = [], wrappable: Set<Int>? = nil) {
        self.headers = headers
        self.rows = rows
        self.rightAligned = rightAligned
        self.wrappable = wrappable
    }

    /// The table as lines of text, a header underlined with dashes. Given a `width` (the terminal's), the widest
    /// wrappable columns are narrowed until the table fits, and their cells wrap onto more lines, between words where
    /// they can. A cell may hold line breaks of its own.
    public func render(width: Int? = nil) -> String {
        // Each cell is measured once: tables of thousands of tutors spent most of their printing measuring cells again.
        let measured = ([headers] + rows).map { row in headers.indices.map { MeasuredCell(index(row, $0)) } }
        var widths = [Int](repeating: 0, count: headers.count)
        for row in measured {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.width) }
        }
        if let width { widths = fitted(widths, to: width) }
        var output = ""
        for (number, row) in measured.enumerated() {
            if number == 1 { output += "\n" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") }
            if number > 0 { output += "\n" }
            append(row, widths: widths, to: &output)
        }
        return output
    }

    /// One row's lines: a row whose cells all fit on one line is written straight out, any other is wrapped first.
    private func append(_ row: [MeasuredCell], widths: [Int], to output: inout String) {
        if row.indices.allSatisfy({ row[$0].isOneLine && row[$0].width <= widths[$0] }) {
            return appendLine(row, widths: widths, to: &output)
        }
        let wrapped = widths.indices.map { Self.wrap(row[$0].text, width: widths[$0]) }
        for line in 0..<(wrapped.map(\.count).max() ?? 1) {
            if line > 0 { output += "\n" }
            let cells = wrapped.map { MeasuredCell(line < $0.count ? $0[line] : "") }
            appendLine(cells, widths: widths, to: &output)
        }
    }

    /// One line of cells, each padded to its column's width.
    private func appendLine(_ cells: [MeasuredCell], widths: [Int], to output: inout String) {
        for (column, cell) in cells.enumerated() {
            if column > 0 { output += "  " }
            let padding = String(repeating: " ", count: max(0, widths[column] - cell.width))
            let text = cell.isASCII ? cell.text : Self.isolated(cell.text)
            if rightAligned.contains(column) {
                output += padding + text
            } else {
                output += column == widths.count - 1 ? text : text + padding
            }
        }
    }

    /// A cell with its display width (its widest line's), measured once.
    private struct MeasuredCell {
        let text: String
        let width: Int
        let isOneLine: Bool
        /// Printable ASCII only: one column a byte, and nothing to isolate.
        let isASCII: Bool

        init(_ text: String) {
            self.text = text
            isASCII = text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
            if isASCII {
                width = text.utf8.count
                isOneLine = true
            } else {
                let lines = text.unicodeScalars.split(omittingEmptySubsequences: false) { $0 == "\n" }
                width = lines.map { DisplayWidth.of(String($0)) }.max() ?? 0
                isOneLine = lines.count == 1
            }
        }
    }

    private func index(_ cells: [String], _ column: Int) -> String { column < cells.count ? cells[column] : "" }

    /// Narrows the widest text column, one column of characters at a time, until the table fits `limit`.
    private func fitted(_ natural: [Int], to limit: Int) -> [Int] {
        var widths = natural
        let separators = 2 * max(0, widths.count - 1)
        while widths.reduce(0, +) + separators > limit {
            let narrowable = widths.indices.filter {
                !rightAligned.contains($0) && (wrappable?.contains($0) ?? true) && widths[$0] > min(natural[$0], Self.narrowest)
            }
            guard let widest = narrowable.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        return widths
    }

    /// Text in lines no wider than `width`: broken between words, and inside a word only when it is longer than a line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        // A scalar search, without going through Foundation's string search, which was a sixth of printing a table of
        // thousands of tutors. The split is by scalar too: a Windows line break is one character, "\r\n", not "\n".
        if text.unicodeScalars.contains("\n") {
            return text.split(omittingEmptySubsequences: false, whereSeparator: { $0.unicodeScalars.contains("\n") })
                .flatMap { wrap(String($0), width: width) }
        }
        guard DisplayWidth.of(text) > width, width > 0 else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if DisplayWidth.of(candidate) <= width {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = ""
            for character in word {
                if DisplayWidth.of(current + String(character)) > width {
                    lines.append(current)
                    current = ""
                }
                current.append(character)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// Wraps right-to-left text in a first-strong isolate so it cannot reorder its neighbours.
    static func isolated(_ cell: String) -> String {
        let hasRightToLeft = cell.unicodeScalars.contains { scalar in
            (0x0590...0x08FF).contains(scalar.value) || (0xFB1D...0xFDFF).contains(scalar.value)
                || (0xFE70...0xFEFF).contains(scalar.value)
        }
        return hasRightToLeft ? "\u{2068}\(cell)\u{2069}" : cell
    }
}
