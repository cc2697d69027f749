import Foundation
import SkillsCore

/// What a certificate PDF's pages show as a person sees them: text that is tiny, off the page, or that leaves no ink
/// (white, or covered by something drawn over it). A forged page can hide a genuine certificate's text this way and
/// print other words on top; no check of the text alone can tell.
struct PageInspection {
    /// One word as pdftotext places it, in points from the page's top left.
    struct Word {
        var text: String
        var box: (xMin: Double, yMin: Double, xMax: Double, yMax: Double)
        var page: Int
    }

    /// Text smaller than this (points) cannot be read on a printed page.
    static let smallestReadable = 4.0
    /// A word whose darkest pixel is lighter than this (0 black, 255 white) left no visible ink.
    static let inkThreshold: UInt8 = 200

    /// Each kind of hidden text found, in words, naming the text.
    static func hiddenText(in path: String) throws -> [String] {
        let layout = try Poppler.run("pdftotext", ["-bbox", "-enc", "UTF-8", path, "-"])
        let (pages, words) = parse(layout)
        var tiny: [String] = []
        var offPage: [String] = []
        var invisible: [String] = []
        var images: [Int: GrayImage] = [:]
        for word in words {
            guard word.page < pages.count else { continue }
            let size = pages[word.page]
            if word.box.xMax <= 0 || word.box.yMax <= 0 || word.box.xMin >= size.width || word.box.yMin >= size.height {
                offPage.append(word.text)
                continue
            }
            if word.box.yMax - word.box.yMin < smallestReadable {
                tiny.append(word.text)
                continue
            }
            if images[word.page] == nil { images[word.page] = try GrayImage.render(path, page: word.page + 1) }
            if let image = images[word.page], image.darkest(in: word.box) > inkThreshold { invisible.append(word.text) }
        }
        var findings: [String] = []
        func report(_ words: [String], _ what: String) {
            guard !words.isEmpty else { return }
            let shown = words.prefix(8).joined(separator: " ") + (words.count > 8 ? " …" : "")
            findings.append("\(what): “\(shown)”")
        }
        report(invisible, "text that cannot be seen (white, or covered)")
        report(tiny, "text too small to read")
        report(offPage, "text outside the page")
        return findings
    }

    /// The pages' sizes and every word from pdftotext's `-bbox` output.
    static func parse(_ html: String) -> (pages: [(width: Double, height: Double)], words: [Word]) {
        var pages: [(width: Double, height: Double)] = []
        var words: [Word] = []
        for line in html.split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("<page "), let width = attribute("width", in: text), let height = attribute("height", in: text) {
                pages.append((width, height))
            } else if text.hasPrefix("<word "), let xMin = attribute("xMin", in: text), let yMin = attribute("yMin", in: text),
                let xMax = attribute("xMax", in: text), let yMax = attribute("yMax", in: text),
                let start = text.firstIndex(of: ">"), let end = text.range(of: "</word>")?.lowerBound
            {
                let content = String(text[text.index(after: start)..<end])
                    .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                    .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
                words.append(Word(text: content, box: (xMin, yMin, xMax, yMax), page: max(0, pages.count - 1)))
            }
        }
        return (pages, words)
    }

    private static func attribute(_ name: String, in tag: String) -> Double? {
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        return Double(tag[range.upperBound...].prefix { $0 != "\"" })
    }
}

/// A page drawn in shades of grey at one pixel per point, read from pdftoppm's PGM.
struct GrayImage {
    let width: Int
    let height: Int
    let pixels: [UInt8]

    /// Draws one page (numbered from 1).
    static func render(_ path: String, page: Int) throws -> GrayImage? {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("skills-page-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: base + ".pgm") }
        _ = try Poppler.run("pdftoppm", ["-r", "72", "-gray", "-singlefile", "-f", String(page), "-l", String(page), path, base])
        guard let data = FileManager.default.contents(atPath: base + ".pgm") else { return nil }
        return GrayImage(pgm: [UInt8](data))
    }

    /// A binary PGM (P5, 8 bits).
    init?(pgm bytes: [UInt8]) {
        var fields: [Int] = []
        var index = 2
        guard bytes.starts(with: Array("P5".utf8)) else { return nil }
        while fields.count < 3, index < bytes.count {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
                index += 1
            }
            var value = 0
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            fields.append(value)
        }
        index += 1
        guard fields.count == 3, fields[2] == 255, bytes.count >= index + fields[0] * fields[1] else { return nil }
        width = fields[0]
        height = fields[1]
        pixels = Array(bytes[index..<(index + width * height)])
    }

    /// The darkest pixel inside a box given in points (255 when the box holds no pixel).
    func darkest(in box: (xMin: Double, yMin: Double, xMax: Double, yMax: Double)) -> UInt8 {
        let left = max(0, Int(box.xMin.rounded(.down)))
        let right = min(width - 1, Int(box.xMax.rounded(.up)))
        let top = max(0, Int(box.yMin.rounded(.down)))
        let bottom = min(height - 1, Int(box.yMax.rounded(.up)))
        guard left <= right, top <= bottom else { return 255 }
        var darkest: UInt8 = 255
        for row in top...bottom {
            for column in left...right { darkest = min(darkest, pixels[row * width + column]) }
        }
        return darkest
    }
}

/// The poppler tools the verifier reads PDFs with.
enum Poppler {
    /// Runs a tool from /usr/bin and returns what it printed; one clear error when it is missing or fails.
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let path = "/usr/bin/" + tool
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw ServiceError.file(.toolMissing(tool: tool, package: "poppler-utils"))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ServiceError.file(
                .notReadable(path: arguments.first { $0.hasSuffix(".pdf") } ?? arguments.last ?? "", what: "a readable PDF"))
        }
        return String(decoding: data, as: UTF8.self)
    }
}
