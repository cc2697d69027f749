import Foundation

/// Runs a real client (pdftotext, zbarimg, pdftoppm) and returns its standard output; a missing tool is an error.
struct ExternalTool {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let name: String
    /// The Debian package that provides the tool, named in the error when it is missing.
    let package: String

    static let pdftotext = ExternalTool(name: "pdftotext", package: "poppler-utils")
    static let pdftoppm = ExternalTool(name: "pdftoppm", package: "poppler-utils")
    static let zbarimg = ExternalTool(name: "zbarimg", package: "zbar-tools")

    /// Runs the tool with `arguments`; throws when it is not installed or exits non-zero.
    func run(_ arguments: [String]) throws -> String {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
            .split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else {
            throw Failure(description: "'\(name)' is not installed — apt-get install \(package)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        _ = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "'\(name) \(arguments.joined(separator: " "))' exited \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// pdftotext's text for `pdf`, without the U+202B/U+202C embedding marks it wraps right-to-left runs in.
    static func pdfText(_ pdf: URL) throws -> String {
        try pdftotext.run([pdf.path, "-"]).replacingOccurrences(of: "\u{202B}", with: "")
            .replacingOccurrences(of: "\u{202C}", with: "")
    }

    /// The QR payload zbarimg decodes from `image`, without the newline it appends.
    static func decodeQR(_ image: URL) throws -> String {
        var text = try zbarimg.run(["--raw", "-q", image.path])
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
