import Foundation

/// libpq's password file (`PGPASSFILE`, else `~/.pgpass`): lines of `host:port:database:user:password`, `*` matching
/// anything and `\` escaping a colon or a backslash.
struct PasswordFile {
    let path: String

    init(environment: [String: String]) {
        path = environment["PGPASSFILE"] ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.pgpass")
    }

    /// The password of the first line that matches the location, or nil.
    func password(for location: PostgresLocation) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let wanted = [location.host, String(location.port), location.database, location.user]
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = Self.fields(of: Substring(line))
            guard fields.count == 5 else { continue }
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    private static func fields(of line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
