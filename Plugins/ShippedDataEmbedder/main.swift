import Foundation

// Writes `ShippedFiles.swift`: each shipped file's text as a raw string literal, keyed by its path in the package.
// usage: ShippedDataEmbedder PACKAGE-ROOT OUTPUT.swift RELATIVE-PATH...

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: ShippedDataEmbedder PACKAGE-ROOT OUTPUT.swift RELATIVE-PATH...\n".utf8))
    exit(64)
}
let root = URL(fileURLWithPath: arguments[1])
var source = """
    // Generated at build time by ShippedDataEmbedder from the package's shipped folders; do not edit.

    /// The shipped files' text, by path in the package (`Curricula/eds-life.yaml`).
    enum ShippedFiles {
        static let texts: [String: String] = [

    """
for path in arguments.dropFirst(3) {
    guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path),
        let text = String(data: data, encoding: .utf8)
    else {
        FileHandle.standardError.write(Data("error: \(path) cannot be read as UTF-8 text\n".utf8))
        exit(66)
    }
    // A raw string needs a delimiter the text cannot end or interpolate with: add '#' until none follows a quote or
    // a backslash in the text.
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
    source += "        \"\(path)\": \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
}
source += "    ]\n}\n"
do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: arguments[2]), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("error: cannot write \(arguments[2]): \(error)\n".utf8))
    exit(73)
}
