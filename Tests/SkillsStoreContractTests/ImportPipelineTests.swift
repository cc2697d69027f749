import Foundation
import SkillsCore
import SkillsStore
import Synchronization
import Testing

/// The reading thread and the writing one: rows arrive in order and in batches, problems of shape are found while
/// reading, and when either side fails the other stops, with the caller's closures no longer in use.
@Suite("Import pipeline")
struct ImportPipelineTests {
    /// A learners file of `rows` rows, in chunks of about `rowsPerChunk` rows.
    static func chunks(rows: Int, rowsPerChunk: Int = 1000, line: (Int) -> String = { "L\($0),Learner \($0),,CARD-02,2026-10-01" })
        -> [[UInt8]]
    {
        let lines = ["learner_ref,name,year_of_birth,centre_ref,enrolled_on"] + (1...rows).map(line)
        return stride(from: 0, to: lines.count, by: rowsPerChunk).map { start in
            Array(lines[start..<min(lines.count, start + rowsPerChunk)].map { $0 + "\n" }.joined().utf8)
        }
    }

    /// Feeds `chunks` to the pipeline, counting how many were asked for.
    final class Feeder: Sendable {
        let chunks: [[UInt8]]
        let failingAt: Int?
        let taken = Atomic(0)

        init(_ chunks: [[UInt8]], failingAt: Int? = nil) {
            self.chunks = chunks
            self.failingAt = failingAt
        }

        func next() throws -> [UInt8]? {
            let index = taken.add(1, ordering: .sequentiallyConsistent).oldValue
            if index == failingAt { throw CocoaError(.fileReadCorruptFile) }
            return index < chunks.count ? chunks[index] : nil
        }
    }

    struct Refused: Error {}

    static func run(_ feeder: Feeder, write: (ImportPipeline.Batch<Int>) throws -> Void) throws -> ImportSummary {
        try ImportPipeline.run(
            kind: .learners, dayFirstDates: false, nextChunk: feeder.next, progress: { _, _ in },
            check: { header in
                let ref = header.index["learner_ref"]!
                return { fields in Int(String(decoding: fields[ref].dropFirst(), as: UTF8.self)) }
            }, write: write)
    }

    @Test("every row reaches the writer once, in file order, with its check's verdict and its line")
    func order() throws {
        var refs: [Int] = []
        var lines: [Int] = []
        var batches = 0
        let read = try Self.run(Feeder(Self.chunks(rows: 10_000))) { batch in
            batches += 1
            refs += batch.verdicts.map { $0! }
            lines += (0..<batch.count).map { batch.reader(at: $0).record.line }
        }
        #expect(refs == Array(1...10_000))
        #expect(lines == Array(2...10_001))
        #expect(batches >= 3, "10,000 rows came in \(batches) batches")
        #expect(read.rowsRead == 10_000 && read.problems.isEmpty)
    }

    @Test("a row of the wrong shape is a problem of reading and never reaches the writer")
    func shapeProblems() throws {
        var written = 0
        let read = try Self.run(Feeder(Self.chunks(rows: 5000) { $0 == 4500 ? "L4500,Too Short" : "L\($0),Learner,,CARD-02,2026-10-01" })) {
            written += $0.count
        }
        #expect(written == 4999)
        #expect(read.rowsRead == 5000)
        #expect(read.problems.first.map { "\($0.line):\($0.column)" } == ["4501:3"])
    }

    @Test("when writing fails, reading stops, and the writer's error is the one thrown")
    func writerFails() throws {
        let feeder = Feeder(Self.chunks(rows: 100_000))
        var batches = 0
        #expect(throws: Refused.self) {
            try Self.run(feeder) { _ in
                batches += 1
                if batches == 2 { throw Refused() }
            }
        }
        let taken = feeder.taken.load(ordering: .sequentiallyConsistent)
        #expect(taken < feeder.chunks.count, "the reader read all \(taken) chunks after the writer stopped")
        Thread.sleep(forTimeInterval: 0.05)
        #expect(feeder.taken.load(ordering: .sequentiallyConsistent) == taken, "the reader went on after run returned")
    }

    @Test("when reading fails, its error is thrown after the rows read before it are written")
    func readerFails() throws {
        var written = 0
        #expect(throws: CocoaError.self) {
            try Self.run(Feeder(Self.chunks(rows: 20_000), failingAt: 10)) { written += $0.count }
        }
        #expect(written <= 9_999, "rows after the failed read were written")
    }
}
