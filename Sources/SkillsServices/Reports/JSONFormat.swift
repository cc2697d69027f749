import Foundation
import Synchronization

/// The one JSON form every door writes: readable, sorted keys, snake_case names, slashes unescaped.
///
/// Names are snake-cased word by word, with an initialism kept whole: `outcomeIDs` is `outcome_ids`, never the
/// `outcome_i_ds` Foundation's own strategy makes of it.
public enum JSONFormat {
    /// A new encoder in that form.
    public static var encoder: JSONEncoder {
        let encoder = spelledOutKeys
        let names = SnakeCaseNames()
        encoder.keyEncodingStrategy = .custom { path in
            SnakeCaseKey(names.snakeCase(path.last!.stringValue))
        }
        return encoder
    }

    /// An encoder in the same form for values whose `CodingKeys` already spell every name as it is written, such as
    /// the regional report's figures. With no key strategy, Foundation does not build each value's coding path to ask
    /// the strategy for its name: in a profile of `report regional` on 100,000 learners that was 7% of every sample,
    /// half the time encoding the 4.6 MB `regional.json` took.
    public static var spelledOutKeys: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

/// The names one encoder has snake-cased: a regional report's JSON asks for the same few dozen names hundreds of
/// thousands of times, and working each out again took about 7% of the report's CPU time in a profile. Each encoder has its own, so
/// that nothing outlives the encoding.
private final class SnakeCaseNames: Sendable {
    private let known = Mutex<[String: String]>([:])

    func snakeCase(_ name: String) -> String {
        if let converted = known.withLock({ $0[name] }) { return converted }
        let converted = JSONFormat.snakeCase(name)
        known.withLock { $0[name] = converted }
        return converted
    }
}

extension JSONFormat {
    /// `outcomeIDs` → `outcome_ids`, `learnerRef` → `learner_ref`, `verifyURL` → `verify_url`.
    static func snakeCase(_ name: String) -> String {
        var words: [String] = []
        var current = ""
        let characters = Array(name)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let previous = index > 0 ? characters[index - 1] : nil
            let startsWord =
                character.isUppercase && !current.isEmpty
                && (previous?.isLowercase == true || previous?.isNumber == true
                    || (next?.isLowercase == true && !(next == "s" && index + 2 == characters.count)))
            if startsWord {
                words.append(current)
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        return words.map { $0.lowercased() }.joined(separator: "_")
    }
}

/// A coding key with a given name.
private struct SnakeCaseKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
