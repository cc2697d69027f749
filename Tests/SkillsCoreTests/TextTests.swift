import SkillsCore
import Testing

@Suite("Text for people")
struct TextTests {
    @Test("display width counts wide CJK as two and combining marks as none")
    func widths() {
        #expect(DisplayWidth.of("王秀英") == 6)
        #expect(DisplayWidth.of("Gwenllian Ŵyn") == 13)
        #expect(DisplayWidth.of("W\u{0302}") == 1)
        #expect(DisplayWidth.of("Nguyễn") == 6)
    }

    @Test("printable ASCII is one column each and ASCII control characters none, as the Unicode tables say")
    func asciiWidths() {
        for value in UInt32(0)..<0x80 {
            let scalar = Unicode.Scalar(value)!
            #expect(DisplayWidth.of(scalar) == (scalar.properties.generalCategory == .control ? 0 : 1), "U+\(value)")
        }
    }

    @Test("nearest match suggests likely typos only")
    func nearest() {
        #expect(NearestMatch.best(for: "L00124", among: ["L00123", "L00999"]) == "L00123")
        #expect(NearestMatch.best(for: "L-MHO", among: ["L-MOH", "L-GWEN"]) == "L-MOH")
        #expect(NearestMatch.best(for: "XYZ", among: ["L00123"]) == nil)
    }

    @Test("an equally near pair gives the same hint whatever order the values come in")
    func nearestTie() {
        #expect(NearestMatch.best(for: "CARD-99", among: ["CARD-02", "CARD-01"]) == "CARD-01")
        #expect(NearestMatch.best(for: "CARD-99", among: ["CARD-01", "CARD-02"]) == "CARD-01")
    }

    @Test("a cell breaks at Windows line breaks as at plain ones")
    func windowsLineBreaks() {
        #expect(TextTable.wrap("first line\r\nsecond\nthird", width: 40) == ["first line", "second", "third"])
    }

    @Test("a table pads by display width, right-aligns numbers and isolates right-to-left names")
    func tableAlignment() {
        let table = TextTable(
            headers: ["ref", "name", "n"], rows: [["L1", "李小龙", "5"], ["L22", "سارة", "12"]], rightAligned: [2])
        #expect(
            table.render().split(separator: "\n") == [
                "ref  name     n", "---  ------  --", "L1   李小龙   5", "L22  \u{2068}سارة\u{2069}    12",
            ])
    }

    @Test("a table narrowed to a width wraps its text column between words, and no further than eight columns")
    func tableWrapping() {
        let table = TextTable(headers: ["ref", "notes"], rows: [["L1", "one two three"]])
        #expect(table.render(width: 12).split(separator: "\n") == ["ref  notes", "---  --------", "L1   one two", "     three"])
    }

    @Test("HTML escaping leaves markup as text, in content and in either kind of quoted attribute")
    func htmlEscaping() {
        #expect(
            HTMLText.escape("<script>alert('x') & \"y\"</script>") == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
        #expect(HTMLText.escape("Siân O'Neill 王秀英") == "Siân O&#39;Neill 王秀英")
    }

    @Test("postcode districts only")
    func postcodes() {
        #expect(FieldRules.postcodeDistrict("cf10") == "CF10")
        #expect(FieldRules.postcodeDistrict("SW1A") == "SW1A")
        #expect(FieldRules.postcodeDistrict("CF10 1AB") == nil)
        #expect(FieldRules.postcodeDistrict("10CF") == nil)
    }
}
