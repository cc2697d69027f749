import Foundation
import SkillsCore
import Testing

/// The byte rules say yes only where the text rules accept the same value in the form it is stored in, and say yes to
/// the everyday values, so the import's hot path takes them.
@Suite("Field rules on bytes")
struct FieldRulesBytesTests {
    /// Runs a byte rule on a field as the importer holds it: its UTF-8 bytes trimmed of spaces and tabs.
    static func onBytes<T>(_ field: String, _ rule: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        Array(field.utf8).withUnsafeBufferPointer { rule($0.trimmingSpacesAndTabs) }
    }

    /// What `FieldReader.text` gives for a field.
    static func text(_ field: String) -> String { field.trimmingCharacters(in: .whitespaces) }

    static let everydayNames = [
        "Siân Evans", "Gwenllian Ŵyn", "Tom Hart", "O'Brien-Smith", "王秀英", "محمد علي", "Nguyễn Văn An", "Zoë ", "\tAled Rees ",
        "नमस्ते\u{200D}जी", "Ørjan Ås",
    ]
    static let otherNames = [
        "", "   ", "\u{00A0}Ann", "Ann\u{3000}", "\u{2028}", "Ann\u{2029}", "Bob\u{0007}", "Tab\tin", "A\u{202E}B", "\u{200B}Zed",
        "Zed\u{FEFF}", String(repeating: "a", count: 200), String(repeating: "a", count: 201), String(repeating: "é", count: 101),
        "Line\nbreak", "\u{0085}Nel",
    ]

    @Test("a name the byte rule takes passes nameProblem as it stands, and everyday names in any script are taken")
    func names() {
        for name in Self.everydayNames + Self.otherNames where Self.onBytes(name, FieldRules.isPlainName) {
            #expect(FieldRules.nameProblem(Self.text(name)) == nil, "\(name.debugDescription) taken on bytes but refused as text")
            #expect(
                Self.text(name) == Self.onBytes(name) { String(decoding: $0, as: UTF8.self) }, "\(name.debugDescription) trims differently")
        }
        for name in Self.everydayNames {
            #expect(Self.onBytes(name, FieldRules.isPlainName), "\(name.debugDescription) should take the fast path")
        }
        for name in ["", "   ", "\u{2028}", "Bob\u{0007}", "A\u{202E}B", String(repeating: "a", count: 201)] {
            #expect(!Self.onBytes(name, FieldRules.isPlainName), "\(name.debugDescription) must go to the text rule")
        }
    }

    @Test("a name is refused for exactly the scalars Unicode calls control or hidden formatting, on text and on bytes")
    func refusedScalarsFollowUnicodeProperties() {
        // Every scalar of the planes that hold the control and formatting characters, the tags among them.
        let values = Array(0..<0x3_0000) + Array(0xE_0000..<0xE_0100)
        for value in values {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let category = scalar.properties.generalCategory
            let refused = category == .control || (category == .format && value != 0x200C && value != 0x200D)
            let name = "A\(Character(scalar))B"
            let refusedAsText = FieldRules.nameProblem(name) != nil
            let takenOnBytes = Self.onBytes(name, FieldRules.isPlainName)
            guard refusedAsText == refused, takenOnBytes == !refused else {
                Issue.record("U+\(String(value, radix: 16, uppercase: true)): refused should be \(refused), on bytes and as text")
                return
            }
        }
    }

    @Test("a language tag the byte rule takes is one isLanguageTag accepts")
    func languageTags() {
        let tags = ["en", "cy", "ar", "pt-BR", "zh-Hant", "sgn-BE-FR", "EN", "e", "engl", "en-", "en-x", "en-123456789", "en_GB", "é"]
        for tag in tags where Self.onBytes(tag, FieldRules.isPlainLanguageTag) {
            #expect(FieldRules.isLanguageTag(Self.text(tag)), "\(tag) taken on bytes but refused as text")
        }
        #expect(["en", "cy", "pt-BR", "zh-Hant"].allSatisfy { Self.onBytes($0, FieldRules.isPlainLanguageTag) })
        #expect(!["EN", "engl", "en-", "en-x", "sgn-BE-FR"].contains { Self.onBytes($0, FieldRules.isPlainLanguageTag) })
    }

    @Test("a district the byte rule takes is one postcodeDistrict keeps exactly as written")
    func districts() {
        let districts = ["CF10", "LS1", "SW1A", "EC1", "W1", "cf10", "CF10 1AA", "10CF", "C", "CFF10", "CF1AB"]
        for district in districts where Self.onBytes(district, FieldRules.isCanonicalPostcodeDistrict) {
            #expect(FieldRules.postcodeDistrict(Self.text(district)) == Self.text(district), "\(district) is not stored as written")
        }
        #expect(["CF10", "LS1", "SW1A", "W1"].allSatisfy { Self.onBytes($0, FieldRules.isCanonicalPostcodeDistrict) })
        #expect(!Self.onBytes("cf10", FieldRules.isCanonicalPostcodeDistrict), "a district in lower case is stored in capitals")
    }

    @Test("a reference on bytes follows isReference")
    func references() {
        for ref in [
            "L000041", "L-EXT-7", "a.b_c", ".", "..", "...", "", "L 1", "Lé", String(repeating: "x", count: 64),
            String(repeating: "x", count: 65),
        ] {
            #expect(Self.onBytes(ref, CurriculumValidator.isReference) == CurriculumValidator.isReference(Self.text(ref)), "\(ref)")
        }
    }
}
