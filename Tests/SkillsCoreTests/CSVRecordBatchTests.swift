import SkillsCore
import Testing

/// A batch hands records from the reading thread to the writing one: each record must come out as it went in.
@Suite("CSV record batch")
struct CSVRecordBatchTests {
    static let csv = """
        ref,name,notes
        A1,"Siân ""Sid"" Evans","two
        lines"
        ,,
        A3,王秀英,
        single

        A5,"a, b",last

        """

    static func records() -> [CSVRecord] {
        var records: [CSVRecord] = []
        var parser = CSVParser()
        parser.parse(csv) { records.append($0) }
        return records
    }

    @Test("every record's fields and line come back the same, in place and as a record of its own")
    func roundTrip() {
        let records = Self.records()
        #expect(records.count == 6)
        var batch = CSVRecordBatch()
        for record in records { batch.append(record) }
        #expect(batch.count == records.count)
        batch.withRecords { inPlace in
            for (index, record) in records.enumerated() {
                let fields = inPlace[index]
                #expect(fields.count == record.count)
                let batched = (0..<fields.count).map { String(decoding: fields[$0], as: UTF8.self) }
                #expect(batched == record.strings, "record \(index) in place")
            }
        }
        for (index, record) in records.enumerated() {
            let copy = batch.record(at: index)
            #expect(copy.strings == record.strings, "record \(index) as a record")
            #expect(copy.line == record.line && batch.line(at: index) == record.line)
            #expect((0..<copy.count).map { copy.isEmpty(at: $0) } == (0..<record.count).map { record.isEmpty(at: $0) })
        }
        #expect(records.map(\.line) == [1, 2, 4, 5, 6, 8], "lines count the break inside quotes and skip the blank line")
    }

    @Test("an empty batch has no records")
    func empty() {
        let batch = CSVRecordBatch()
        #expect(batch.count == 0)
    }
}
