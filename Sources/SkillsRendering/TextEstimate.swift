/// Width guesses for Noto Sans, so layout can size columns and count lines without Pango; Pango still shapes and
/// fits the text when it is drawn (shrinking it if a guess was short), so a guess never makes text overflow.
enum TextEstimate {
    /// Estimated width of `text` at `size` points; bold and semibold are a little wider.
    static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        var ems = 0.0
        for character in text {
            switch character {
            case " ", "i", "l", "j", ".", ",", ":", ";", "'", "|", "!", "(", ")", "[", "]", "f", "t", "r": ems += 0.3
            case "m", "w", "M", "W", "%", "—", "→": ems += 0.85
            case "0"..."9": ems += 0.572
            default: ems += character.isUppercase ? 0.66 : 0.54
            }
        }
        return ems * size * (bold ? 1.06 : 1)
    }

    /// Lines `text` takes when wrapped at spaces into `width` (a word wider than the width takes a line of its own).
    static func lines(_ text: String, size: Double, width: Double, bold: Bool = false) -> Int {
        let space = Self.width(" ", size: size, bold: bold)
        var lines = 1
        var used = 0.0
        for word in text.split(separator: " ") {
            let wordWidth = Self.width(String(word), size: size, bold: bold)
            if used > 0 && used + space + wordWidth > width {
                lines += 1
                used = wordWidth
            } else {
                used += (used > 0 ? space : 0) + wordWidth
            }
        }
        return lines
    }

    /// The widest single word of `text`.
    static func longestWord(_ text: String, size: Double, bold: Bool = false) -> Double {
        text.split(separator: " ").map { width(String($0), size: size, bold: bold) }.max() ?? 0
    }
}
