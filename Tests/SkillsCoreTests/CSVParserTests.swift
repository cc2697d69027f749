import Foundation
import SkillsCore
import SkillsTestSupport
import Testing

@Suite("CSV parser")
struct CSVParserTests {
    func parse(_ bytes: [UInt8], chunk: Int = 7) -> [CSVRecord] {
        var parser = CSVParser()
        var records: [CSVRecord] = []
        var start = 0
        while start < bytes.count {
            let slice = Array(bytes[start..<min(bytes.count, start + chunk)])
            slice.withUnsafeBufferPointer { parser.feed($0) { records.append($0) } }
            start += chunk
        }
        parser.finish { records.append($0) }
        return records
    }

    static var spectrumNames: [String] {
        let folder = Paths.shared.appendingPathComponent("reference/csv-spectrum/csvs")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".csv") }.sorted()
    }

    @Test("the csv-spectrum suite is present")
    func spectrumPresent() {
        #expect(Self.spectrumNames.count >= 12, "../shared/reference/csv-spectrum is missing")
    }

    @Test("matches csv-spectrum", arguments: spectrumNames)
    func spectrum(_ name: String) throws {
        let base = Paths.shared.appendingPathComponent("reference/csv-spectrum")
        let csv = try Data(contentsOf: base.appendingPathComponent("csvs/\(name)"))
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: base.appendingPathComponent("json/\(name.dropLast(4)).json")))
        var expected = try #require((json as? [[String: String]]) ?? (json as? [String: String]).map { [$0] })
        // The shared copy's newlines_crlf.csv was saved with LF endings while its JSON still says CRLF,
        // and location_coordinates.json names a phone number its CSV does not hold: compare what the bytes say.
        if !csv.contains(UInt8(ascii: "\r")) {
            expected = expected.map { $0.mapValues { $0.replacingOccurrences(of: "\r\n", with: "\n") } }
        }
        if name == "location_coordinates.csv" { expected = expected.map { $0.filter { $0.key != "Contact Phone Number" } } }
        for chunk in [1, 3, 64, 1 << 16] {
            let records = parse(Array(csv), chunk: chunk)
            let header = records[0].strings
            let rows = records.dropFirst().map { record in
                Dictionary(uniqueKeysWithValues: zip(header, record.strings))
                    .filter { name != "location_coordinates.csv" || $0.key != "Contact Phone Number" }
            }
            #expect(rows == expected, "chunk \(chunk)")
        }
    }

    @Test("a byte-order mark is dropped, CRLF and LF both end lines, lines are counted inside quotes")
    func bomAndLines() {
        let text = "\u{FEFF}a,b\r\n\"x\ny\",2\r\n\r\nlast,3"
        let records = parse(Array(text.utf8), chunk: 2)
        #expect(records.map(\.strings) == [["a", "b"], ["x\ny", "2"], ["last", "3"]])
        #expect(records.map(\.line) == [1, 2, 5])
    }

    @Test("quoting mistakes are reported on their field")
    func quotingProblems() {
        let records = parse(Array("a,b\"c\n\"d\"e,f\n\"open".utf8))
        #expect(records[0].problems.first?.field == 2)
        #expect(records[1].problems.first?.field == 1)
        #expect(records[2].problems.first?.message.contains("not closed") == true)
    }

    @Test("invalid UTF-8 is detected per field")
    func invalidUTF8() {
        let records = parse([0x61, 0x2C, 0xFF, 0xFE, 0x0A])
        #expect(records[0].string(at: 0) == "a")
        #expect(records[0].string(at: 1) == nil)
    }

    @Test("a field's UTF-8 is judged in place exactly as string(at:) judges it")
    func utf8InPlace() {
        let fields: [[UInt8]] = [
            Array("Ŵyn 王 😀".utf8), [0x61], [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
            [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x98], [0x80], [0xC3, 0xA9, 0xA9],
        ]
        for field in fields {
            let record = parse(field + [0x0A])[0]
            #expect(record.isValidUTF8(at: 0) == (record.string(at: 0) != nil), "\(field)")
        }
        #expect(parse(Array("Ŵyn 王\n".utf8))[0].isValidUTF8(at: 0))
        #expect(!parse([0xED, 0xA0, 0x80, 0x0A])[0].isValidUTF8(at: 0), "a surrogate is not UTF-8")
    }

    @Test("writer output reads back")
    func roundTrip() {
        let fields = ["plain", "with, comma", "with \"quote\"", "two\nlines", "Ŵyn 王"]
        #expect(parse(Array(CSVWriter.line(fields).utf8)).first?.strings == fields)
    }
}

@Suite("CSV writing for spreadsheets")
struct CSVWriterTests {
    @Test(
        "formula starts are neutralised, numbers and ordinary text are not",
        arguments: [
            ("=1+2", "'=1+2"), ("+44 20", "'+44 20"), ("-cmd", "'-cmd"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
            ("-5", "-5"), ("+3.5", "+3.5"), ("Cardiff", "Cardiff"), ("", ""),
        ])
    func neutralised(_ pair: (String, String)) {
        #expect(CSVWriter.neutralised(pair.0) == pair.1)
    }
}
