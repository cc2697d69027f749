import Foundation

/// Completes what Cairo's tagged PDF lacks for screen readers: the document language in the catalogue, the
/// title shown instead of the file name, and alternative text on figures. Written as a standard incremental
/// update (ISO 32000-1 §7.5.6): changed objects and a new cross-reference section appended, nothing rewritten.
enum PDFAccessibility {
    /// The PDF with the update appended; unchanged when its structure is not what Cairo writes.
    static func completed(_ pdf: Data, language: String?, figureAlt: String?) -> Data {
        let bytes = [UInt8](pdf)
        guard let trailer = Trailer(bytes), let catalog = object(containing: "/Type /Catalog", in: bytes) else { return pdf }
        var additions: [(number: Int, body: String)] = []
        var entries = " /ViewerPreferences << /DisplayDocTitle true >>"
        if let language { entries += " /Lang \(literal(language))" }
        if !catalog.body.contains("/MarkInfo") { entries += " /MarkInfo << /Marked true >>" }
        additions.append((catalog.number, inserted(entries, into: catalog.body)))
        if let figureAlt {
            var searchFrom = 0
            while let figure = object(containing: "/S /Figure", in: bytes, from: searchFrom) {
                additions.append((figure.number, inserted(" /Alt \(hexText(figureAlt))", into: figure.body)))
                searchFrom = figure.end
            }
        }
        var update = "\n"
        var offsets: [(Int, Int)] = []
        for addition in additions {
            offsets.append((addition.number, bytes.count + update.utf8.count))
            update += "\(addition.number) 0 obj\n\(addition.body)\nendobj\n"
        }
        let xref = bytes.count + update.utf8.count
        update += "xref\n0 1\n0000000000 65535 f \n"
        for (number, offset) in offsets.sorted(by: { $0.0 < $1.0 }) {
            update += "\(number) 1\n" + String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n"
        }
        update += "trailer\n<< /Size \(trailer.size) /Root \(trailer.root) /Info \(trailer.info) /Prev \(trailer.previousXref) >>\n"
        update += "startxref\n\(xref)\n%%EOF\n"
        return pdf + Data(update.utf8)
    }

    /// The trailer values an update repeats.
    private struct Trailer {
        var size: Int
        var root: String
        var info: String
        var previousXref: Int

        init?(_ bytes: [UInt8]) {
            let tail = String(decoding: bytes.suffix(600).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
            guard let trailerStart = tail.range(of: "trailer", options: .backwards),
                let startxref = tail.range(of: "startxref", options: .backwards)
            else { return nil }
            let dictionary = String(tail[trailerStart.upperBound..<startxref.lowerBound])
            func value(_ key: String) -> String? {
                guard let range = dictionary.range(of: key + " ") else { return nil }
                let rest = dictionary[range.upperBound...].prefix { $0 != "/" && $0 != ">" }
                return rest.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            let previous = tail[startxref.upperBound...].split(whereSeparator: \.isWhitespace).first.flatMap { Int($0) }
            guard let size = value("/Size").flatMap({ Int($0) }), let root = value("/Root"), let previous else { return nil }
            self.size = size
            self.root = root
            self.info = value("/Info") ?? "null"
            self.previousXref = previous
        }
    }

    /// The object whose dictionary holds `marker`: its number, its body (the dictionary) and where it ends.
    private static func object(containing marker: String, in bytes: [UInt8], from start: Int = 0) -> (number: Int, body: String, end: Int)?
    {
        guard let at = find(Array(marker.utf8), in: bytes, from: start),
            let header = find(Array(" 0 obj".utf8), in: bytes, before: at),
            let end = find(Array("endobj".utf8), in: bytes, from: at)
        else { return nil }
        var numberStart = header
        while numberStart > 0, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[numberStart - 1]) { numberStart -= 1 }
        guard let number = Int(String(decoding: bytes[numberStart..<header], as: UTF8.self)) else { return nil }
        let body = String(decoding: bytes[(header + 6)..<end], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard body.hasPrefix("<<"), body.hasSuffix(">>"), !body.contains("stream") else { return nil }
        return (number, body, end)
    }

    /// The dictionary with entries added before its closing `>>`.
    private static func inserted(_ entries: String, into dictionary: String) -> String {
        String(dictionary.dropLast(2)) + entries + " >>"
    }

    /// An ASCII string as a PDF literal (the characters that need it escaped).
    private static func literal(_ text: String) -> String {
        "("
            + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
            .replacingOccurrences(of: ")", with: "\\)") + ")"
    }

    /// Any text as a PDF text string: UTF-16BE with a byte-order mark, in hex.
    private static func hexText(_ text: String) -> String {
        "<FEFF" + text.utf16.map { String(format: "%04X", $0) }.joined() + ">"
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count, start <= bytes.count - needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], before end: Int) -> Int? {
        var index = end - needle.count
        while index >= 0 {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }
}
