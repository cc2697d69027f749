import Foundation

/// Rules for single fields people type, shared by the CLI and the importer.
public enum FieldRules {
    /// The longest session anyone records: a full day.
    public static let maximumSessionMinutes = 720

    /// A problem with a session length, or nil when it is fine.
    public static func minutesProblem(_ minutes: Int) -> String? {
        if minutes <= 0 { return "minutes must be more than 0, not \(minutes)" }
        if minutes > maximumSessionMinutes { return "minutes \(minutes) is more than a 12-hour day; record it as separate sessions" }
        return nil
    }

    /// The earliest day a session can have taken place: the programme's records start this century.
    public static let earliestSessionDay = Day(year: 2000, month: 1, day: 1)!

    /// A problem with a session's date that needs no stored record, or nil: not before 2000, not after today.
    public static func sessionDateProblem(_ day: Day, today: Day) -> String? {
        if day < earliestSessionDay { return "date \(day) is before 2000; check the year" }
        if day > today { return "date \(day) is in the future" }
        return nil
    }

    /// The longest session notes: enough for what happened, too short for a case file.
    public static let maximumNotesLength = 2000

    /// A problem with session notes, or nil. Notes may run over several lines, but a control character is never typed:
    /// it comes from a corrupt file or a paste. PostgreSQL cannot store the NUL character (its import failed with
    /// "invalid byte sequence for encoding UTF8: 0x00"), SQLite kept it silently, and the learner's export and copy
    /// of their data would carry it to other programs.
    public static func notesProblem(_ notes: String) -> String? {
        if notes.count > maximumNotesLength {
            return "the notes are \(notes.count) characters long; keep them to \(maximumNotesLength) (what happened, no personal details)"
        }
        if let control = notes.unicodeScalars.first(where: isControlInNotes) {
            let code = "U+" + String(control.value, radix: 16, uppercase: true).leftPadded(to: 4)
            return "the notes hold a control character (\(code)); remove it (line breaks and tabs are fine)"
        }
        return nil
    }

    /// The control characters notes may not hold: all but the tab and the line breaks.
    public static func isControlInNotes(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) && scalar != "\t" && scalar != "\n" && scalar != "\r"
    }

    /// A problem with a year of birth (adults, 16 to 120 on the given day), or nil.
    public static func yearOfBirthProblem(_ year: Int, today: Day) -> String? {
        let age = today.year - year
        if age < 16 || age > 120 { return "year of birth \(year) gives an age of \(age); learners are adults (16 to 120)" }
        return nil
    }

    /// The postcode district in capitals ("CF10"), or nil when the text is not one (a full postcode is refused).
    public static func postcodeDistrict(_ text: String) -> String? {
        let upper = text.uppercased()
        let scalars = Array(upper.unicodeScalars)
        guard (2...4).contains(scalars.count), scalars[0].properties.isAlphabetic, scalars[0].isASCII else { return nil }
        let letters = scalars.prefix { ("A"..."Z").contains($0) }
        guard (1...2).contains(letters.count) else { return nil }
        let rest = scalars.dropFirst(letters.count)
        guard let first = rest.first, ("0"..."9").contains(first) else { return nil }
        let ok = rest.dropFirst().allSatisfy { ("0"..."9").contains($0) || ("A"..."Z").contains($0) }
        return ok ? upper : nil
    }

    /// A language tag we accept: two or three lowercase letters, optionally a region (`en`, `cy`, `pt-BR`).
    public static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
            first.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }), parts.count <= 2
        else { return false }
        return parts.count == 1 || (2...8).contains(parts[1].count)
    }

    /// A name as people write it: trimmed, not empty, no control characters, no invisible formatting characters, at
    /// most 200 characters.
    public static func nameProblem(_ name: String) -> String? {
        if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return "the name is empty" }
        if name.count > 200 { return "the name is longer than 200 characters" }
        if name.unicodeScalars.contains(where: isControl) {
            return "the name holds a control character"
        }
        if let hidden = name.unicodeScalars.first(where: isHiddenFormatting) {
            let code = "U+" + String(hidden.value, radix: 16, uppercase: true).leftPadded(to: 4)
            return "the name holds an invisible formatting character (\(code) \(hidden.properties.name ?? "")) that could make it "
                + "show as something else; type it again without it"
        }
        return nil
    }

    /// Control characters, the general category `Cc`: Unicode's stability policy fixes it to these 65 code points, so
    /// no property look-up is needed.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Invisible characters that change how text around them shows: bidirectional overrides, embeddings, isolates and
    /// marks, zero-width spaces and joiners of words. The zero-width joiner and non-joiner stay allowed: Persian,
    /// Indic scripts and emoji need them to be written correctly.
    /// ASCII holds none, so it is answered without a property look-up.
    static func isHiddenFormatting(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.isASCII && scalar.properties.generalCategory == .format && scalar.value != 0x200C && scalar.value != 0x200D
    }
}

extension String {
    /// The string with leading zeros up to a length.
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
