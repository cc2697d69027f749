/// Records kept in two flat arrays, to hand a run of them from the thread that parses a file to the thread that writes
/// it without an allocation per record.
///
/// A record's quoting problems are not kept: whoever parsed the file has reported them already.
public struct CSVRecordBatch: Sendable {
    private var bytes: [UInt8] = []
    /// Where each field ends in `bytes`, record after record.
    private var ends: [Int] = []
    /// Each record's first field's index in `ends`.
    private var firstFields: [Int] = []
    /// Each record's 1-based line.
    private var lines: [Int] = []

    public init() {}

    /// How many records the batch holds.
    public var count: Int { lines.count }

    /// Adds a copy of a record's fields and line.
    public mutating func append(_ record: CSVRecord) {
        let offset = bytes.count
        firstFields.append(ends.count)
        lines.append(record.line)
        bytes.append(contentsOf: record.bytes)
        for end in record.ends { ends.append(offset + end) }
    }

    /// The line a record starts on.
    public func line(at index: Int) -> Int { lines[index] }

    /// A record of its own, for the rare row that needs more than its bytes in place.
    public func record(at index: Int) -> CSVRecord {
        let fields = fieldIndexes(of: index)
        let start = start(of: fields)
        var record = CSVRecord(line: lines[index])
        record.bytes = Array(bytes[start..<ends[fields.upperBound - 1]])
        record.ends = ends[fields].map { $0 - start }
        return record
    }

    /// A record's fields' indexes in `ends`; never empty, since every record has a field.
    private func fieldIndexes(of index: Int) -> Range<Int> {
        firstFields[index]..<(index + 1 < count ? firstFields[index + 1] : ends.count)
    }

    /// Where a record's bytes start: where the record before it ends.
    private func start(of fields: Range<Int>) -> Int { fields.lowerBound == 0 ? 0 : ends[fields.lowerBound - 1] }

    /// The records' fields in place, valid only inside `body`.
    public struct Records {
        fileprivate let batch: CSVRecordBatch
        fileprivate let bytes: UnsafeBufferPointer<UInt8>
        fileprivate let ends: UnsafeBufferPointer<Int>

        /// One record's fields.
        public subscript(index: Int) -> CSVRecord.Fields {
            let fields = batch.fieldIndexes(of: index)
            return CSVRecord.Fields(bytes: bytes, ends: UnsafeBufferPointer(rebasing: ends[fields]), start: batch.start(of: fields))
        }
    }

    /// Gives `body` every record's fields in place, to read them without copying.
    public func withRecords<T>(_ body: (Records) throws -> T) rethrows -> T {
        try bytes.withUnsafeBufferPointer { bytes in
            try ends.withUnsafeBufferPointer { ends in try body(Records(batch: self, bytes: bytes, ends: ends)) }
        }
    }
}
