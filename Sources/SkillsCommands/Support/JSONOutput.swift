import Foundation

/// Prints values as stable JSON for scripts: sorted snake_case keys, ISO dates, UTF-8.
enum JSONOutput {
    /// The encoder every `--json` output uses.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }

    /// Prints one value as JSON.
    static func print<T: Encodable>(_ value: T) throws {
        let data = try encoder.encode(value)
        Swift.print(String(decoding: data, as: UTF8.self))
    }
}
