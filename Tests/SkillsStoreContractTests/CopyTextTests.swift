import PostgresNIO
import Testing

@testable import SkillsPostgres

/// `COPY` text is written straight into the buffer's memory, in room reserved for the worst case: every byte escaped.
@Suite("COPY text rows")
struct CopyTextTests {
    @Test("text is escaped, NULL is \\N, and the fields are separated by tabs and ended by a line break")
    func textAndNull() {
        var buffer = ByteBuffer()
        CopyText.append(["plain", nil, "tab\there", "line\nbreak\r", "back\\slash", "", "Gwenllian Ŵyn"], to: &buffer)
        CopyText.append([nil], to: &buffer)
        #expect(
            String(buffer: buffer)
                == "plain\t\\N\ttab\\there\tline\\nbreak\\r\tback\\\\slash\t\tGwenllian Ŵyn\n\\N\n")
    }

    @Test("a field made only of bytes to escape fits the room reserved for it", arguments: [1, 2, 63, 4096])
    func everyByteEscaped(_ length: Int) {
        let text = String(repeating: "\t", count: length)
        var buffer = ByteBuffer()
        CopyText.append([text, text], to: &buffer)
        let expected = String(repeating: "\\t", count: length)
        #expect(String(buffer: buffer) == "\(expected)\t\(expected)\n")
    }

    @Test("whole numbers are written in decimal, the extremes included")
    func numbers() {
        var buffer = ByteBuffer()
        let numbers: [Int64] = [0, 7, 10, -1, 1_006_524, .max, .min]
        CopyText.appendRow(to: &buffer, fields: numbers.count, mostBytes: numbers.count * CopyText.Row.mostNumberBytes) { row in
            for number in numbers { row.append(number) }
        }
        #expect(String(buffer: buffer) == numbers.map(String.init).joined(separator: "\t") + "\n")
    }
}
