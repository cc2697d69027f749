import Foundation
import SkillsCore

/// An import read on one thread and written on another.
///
/// The reading thread reads the file, parses it, judges each record's shape as `ImportFeed` does, and runs the checks
/// that need no database (`PlainLearnerCheck`, `PlainTutorCheck`). It hands rows over in batches, in file order, to the
/// thread that called `run`, which writes them. On two cores the import then takes about as long as its writing alone:
/// for 100,000 learners, reading and checking took 0.11–0.15 s of the 0.40 s one thread needed (a build that timed
/// each phase).
public enum ImportPipeline {
    /// Rows handed over at a time: enough that handing over costs nothing per row. The first batch is smaller, so the
    /// writer starts at once.
    static let rowsPerBatch = 4096
    static let rowsInFirstBatch = 256
    /// Batches read ahead of the writer, so memory stays small whatever the file's size.
    static let batchesAhead = 4

    /// Rows in file order, each with what the database-free check made of it: nil when the row needs the full check.
    public struct Batch<Verdict: Sendable>: Sendable {
        public let header: CSVHeader
        let dayFirstDates: Bool
        public private(set) var records = CSVRecordBatch()
        public private(set) var verdicts: [Verdict?] = []

        init(header: CSVHeader, dayFirstDates: Bool) {
            self.header = header
            self.dayFirstDates = dayFirstDates
            verdicts.reserveCapacity(ImportPipeline.rowsPerBatch)
        }

        public var count: Int { verdicts.count }

        mutating func append(_ record: CSVRecord, _ verdict: Verdict?) {
            records.append(record)
            verdicts.append(verdict)
        }

        /// A row as the full checks read it.
        public func reader(at index: Int) -> FieldReader {
            FieldReader(record: records.record(at: index), header: header, dayFirstDates: dayFirstDates)
        }
    }

    /// Reads the file on a thread of its own and calls `write` here with each batch, in order; returns what reading
    /// found: the rows read, and the problems of the file's shape. `check` makes, for the file's header, the check run
    /// on each row as it is read.
    ///
    /// If `write` throws, reading stops and the error is thrown; if reading throws, the batches already handed over are
    /// written and then that error is thrown. Either way the reading thread has ended before `run` returns, so `nextChunk` and `progress` are never
    /// called afterwards, nor at the same time as `write`'s caller uses them.
    public static func run<Verdict: Sendable>(
        kind: ImportKind, dayFirstDates: Bool, nextChunk: () throws -> [UInt8]?, progress: (_ bytes: Int, _ rows: Int) -> Void,
        check: @escaping @Sendable (CSVHeader) -> @Sendable (CSVRecord.Fields) -> Verdict?,
        write: (Batch<Verdict>) throws -> Void
    ) throws -> ImportSummary {
        let handOver = HandOver<Batch<Verdict>>(capacity: batchesAhead)
        let reading: ImportSummary = try withoutActuallyEscaping(nextChunk) { nextChunk in
            try withoutActuallyEscaping(progress) { progress in
                let input = ReadingInput(nextChunk: nextChunk, progress: progress)
                let reader = Thread {
                    handOver.close(
                        Result { try read(kind: kind, dayFirstDates: dayFirstDates, input: input, check: check, into: handOver) })
                }
                reader.name = "import reader"
                reader.start()
                defer {
                    handOver.stopAndWaitForReader()
                    // The thread may outlive `run` for a moment; the caller's closures must not.
                    input.release()
                }
                while let batch = handOver.take() { try write(batch) }
                return try handOver.readerResult()
            }
        }
        return reading
    }

    /// The reading thread's work: every chunk parsed and checked, batches handed over as they fill.
    private static func read<Verdict: Sendable>(
        kind: ImportKind, dayFirstDates: Bool, input: ReadingInput,
        check: @Sendable (CSVHeader) -> @Sendable (CSVRecord.Fields) -> Verdict?, into handOver: HandOver<Batch<Verdict>>
    ) throws -> ImportSummary {
        var feed = ImportFeed(kind: kind, dayFirstDates: dayFirstDates)
        var summary = ImportSummary()
        var batch: Batch<Verdict>?
        var verdict: (@Sendable (CSVRecord.Fields) -> Verdict?)?
        var batchSize = rowsInFirstBatch
        func add(_ row: FieldReader) throws {
            if batch == nil { batch = Batch(header: row.header, dayFirstDates: dayFirstDates) }
            if verdict == nil { verdict = check(row.header) }
            batch?.append(row.record, row.record.withFields(verdict!))
            if batch?.count == batchSize { try flush() }
        }
        func flush() throws {
            guard let full = batch, full.count > 0 else { return }
            batch = nil
            batchSize = rowsPerBatch
            guard handOver.put(full) else { throw HandOverStopped() }
        }
        do {
            try feed.readRecords(nextChunk: input.nextChunk, progress: input.progress, summary: &summary, row: add)
            try flush()
        } catch is HandOverStopped {
            // The writer stopped first and throws its own error.
        }
        return summary
    }

    /// The caller's closures, used only by the reading thread while the caller waits in `run`, and let go of before
    /// `run` returns.
    private final class ReadingInput: @unchecked Sendable {
        private var closures: (nextChunk: () throws -> [UInt8]?, progress: (Int, Int) -> Void)?

        init(nextChunk: @escaping () throws -> [UInt8]?, progress: @escaping (Int, Int) -> Void) {
            closures = (nextChunk, progress)
        }

        func nextChunk() throws -> [UInt8]? { try closures?.nextChunk() }
        func progress(_ bytes: Int, _ rows: Int) { closures?.progress(bytes, rows) }
        func release() { closures = nil }
    }

    private struct HandOverStopped: Error {}
}

/// A queue of at most `capacity` items from one thread to another, which either side may end.
private final class HandOver<Item: Sendable>: @unchecked Sendable {
    // Every stored property is read and written only while holding `condition`.
    private let condition = NSCondition()
    private let capacity: Int
    private var items: [Item] = []
    private var result: Result<ImportSummary, any Error>?
    private var stopped = false

    init(capacity: Int) { self.capacity = capacity }

    /// Adds an item, waiting while the queue is full; false when the taker has stopped.
    func put(_ item: Item) -> Bool {
        condition.withLock {
            while items.count >= capacity, !stopped { condition.wait() }
            guard !stopped else { return false }
            items.append(item)
            condition.broadcast()
            return true
        }
    }

    /// The next item, waiting for one; nil once the reader has finished and every item is taken.
    func take() -> Item? {
        condition.withLock {
            while items.isEmpty, result == nil { condition.wait() }
            guard !items.isEmpty else { return nil }
            condition.broadcast()
            return items.removeFirst()
        }
    }

    /// The reader's last word: what it read, or why it failed.
    func close(_ outcome: Result<ImportSummary, any Error>) {
        condition.withLock {
            result = outcome
            condition.broadcast()
        }
    }

    /// What the reader returned or threw; call once `take` has given nil.
    func readerResult() throws -> ImportSummary {
        try condition.withLock { result! }.get()
    }

    /// Tells the reader to stop, and waits until it has.
    func stopAndWaitForReader() {
        condition.withLock {
            stopped = true
            items.removeAll()
            condition.broadcast()
            while result == nil { condition.wait() }
        }
    }
}
