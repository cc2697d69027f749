import Foundation
import SkillsServices

/// Prints values as stable JSON for scripts: sorted snake_case keys, ISO dates, UTF-8.
enum JSONOutput {
    /// Prints one value as JSON.
    static func print<T: Encodable>(_ value: T) throws {
        let data = try JSONFormat.encoder.encode(value)
        Swift.print(String(decoding: data, as: UTF8.self))
    }
}
