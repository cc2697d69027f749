/// Short codes people can type: 12 Crockford base-32 characters shown as `7Q4K-9XZ2-M3PD`.
public enum VerificationCode {
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// A new random code (60 bits), without dashes.
    public static func random(using generator: inout some RandomNumberGenerator) -> String {
        var value = generator.next() >> 4
        var characters: [Character] = []
        for _ in 0..<12 {
            characters.append(alphabet[Int(value & 31)])
            value >>= 5
        }
        return String(characters)
    }

    /// The code as printed, in groups of four.
    public static func display(_ code: String) -> String {
        var groups: [String] = []
        var rest = Substring(code)
        while !rest.isEmpty {
            groups.append(String(rest.prefix(4)))
            rest = rest.dropFirst(4)
        }
        return groups.joined(separator: "-")
    }

    /// What a person typed, tidied: capitals, no spaces or dashes, and the letters people confuse mapped
    /// (O→0, I and L→1); nil when it cannot be a code.
    public static func normalise(_ typed: String) -> String? {
        var result = ""
        for character in typed.uppercased() where character != "-" && character != " " {
            switch character {
            case "O": result.append("0")
            case "I", "L": result.append("1")
            default:
                guard alphabet.contains(character) else { return nil }
                result.append(character)
            }
        }
        return result.count == 12 ? result : nil
    }
}
