/// Text made safe for HTML: every character with a meaning in markup is escaped, so a name like
/// `<script>alert(1)</script>` shows as those characters and runs nothing. The web pages and the learner's own copy
/// of their data both escape through here, so they cannot disagree about what is safe.
public enum HTMLText {
    /// Escapes text for an element's content or a quoted attribute value (single or double quotes).
    public static func escape(_ text: some StringProtocol) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
