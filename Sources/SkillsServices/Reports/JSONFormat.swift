import Foundation

/// The one JSON form every door writes: readable, sorted keys, snake_case names, slashes unescaped.
public enum JSONFormat {
    /// A new encoder in that form.
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }
}
