import Foundation

/// A PDF read back with poppler's pdftotext, page by page, as a reader (or a screen reader) gets it.
public struct PDFText: Sendable {
    /// Each page's text, in reading order (`pdftotext -layout`).
    public let pages: [String]
    /// For each page, the lowest point (in points from the top) reached by any word above the footer band.
    public let lowestContent: [Double]
    /// Page height in points.
    public let pageHeight: Double

    public init(_ url: URL) throws {
        let text = try Command.run("/usr/bin/pdftotext", ["-layout", url.path, "-"]).stdout
        var pages = text.components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        self.pages = pages
        let boxes = try Command.run("/usr/bin/pdftotext", ["-bbox", url.path, "-"]).stdout
        var lowest: [Double] = []
        var height = 842.0
        for line in boxes.split(separator: "\n") {
            if line.contains("<page ") {
                height = Self.attribute("height", in: line) ?? height
                lowest.append(0)
            } else if line.contains("<word "), let bottom = Self.attribute("yMax", in: line), bottom < height - 60 {
                lowest[lowest.count - 1] = max(lowest[lowest.count - 1], bottom)
            }
        }
        lowestContent = lowest
        pageHeight = height
    }

    /// All pages, whitespace collapsed to single spaces: for phrases that may wrap.
    public var flat: String { pages.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    private static func attribute(_ name: String, in line: Substring) -> Double? {
        guard let start = line.range(of: "\(name)=\"") else { return nil }
        let rest = line[start.upperBound...]
        return rest.firstIndex(of: "\"").flatMap { Double(rest[..<$0]) }
    }
}
