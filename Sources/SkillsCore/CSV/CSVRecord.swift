/// One CSV record: its fields as raw bytes, and the line it starts on.
public struct CSVRecord: Sendable {
    /// The 1-based line the record starts on.
    public internal(set) var line: Int
    /// Problems with the record's quoting, as (1-based field, message).
    public internal(set) var problems: [CSVFieldProblem] = []
    var bytes: [UInt8] = []
    var ends: [Int] = []

    init(line: Int) { self.line = line }

    /// How many fields the record has.
    public var count: Int { ends.count }

    /// The raw bytes of one field.
    public func bytes(at index: Int) -> ArraySlice<UInt8> {
        bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }

    /// One field as text, or nil when its bytes are not valid UTF-8.
    public func string(at index: Int) -> String? {
        let start = index == 0 ? 0 : ends[index - 1]
        let end = ends[index]
        if start == end { return "" }
        return bytes.withUnsafeBufferPointer { buffer in
            String(validating: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
        }
    }

    /// Whether a field is empty.
    public func isEmpty(at index: Int) -> Bool { ends[index] == (index == 0 ? 0 : ends[index - 1]) }

    /// Every field as text (invalid UTF-8 replaced), for messages and tests.
    public var strings: [String] { (0..<count).map { String(decoding: bytes(at: $0), as: UTF8.self) } }

    mutating func reset(line: Int) {
        self.line = line
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        if !problems.isEmpty { problems.removeAll() }
    }
}

extension CSVRecord {
    /// Gives `body` a way to view each field's bytes in place, valid only inside the call.
    public func withFieldBuffers<T>(_ body: ((Int) -> UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try bytes.withUnsafeBufferPointer { buffer in
            try body { index in
                let start = index == 0 ? 0 : ends[index - 1]
                return UnsafeBufferPointer(rebasing: buffer[start..<ends[index]])
            }
        }
    }
}

extension CSVRecord {
    /// Whether a field is valid UTF-8, as `string(at:)` judges it, checked in place without building a `String`.
    public func isValidUTF8(at index: Int) -> Bool {
        withFields { fields in
            var bytes = fields[index].makeIterator()
            var decoder = UTF8()
            while true {
                switch decoder.decode(&bytes) {
                case .scalarValue: continue
                case .emptyInput: return true
                case .error: return false
                }
            }
        }
    }

    /// Whether every byte is ASCII (so every field is valid UTF-8).
    public var isASCII: Bool { bytes.withUnsafeBufferPointer { $0.allSatisfy { $0 < 0x80 } } }
}

extension CSVRecord {
    /// A record's fields as bytes in place, valid only inside `withFields` (or `CSVRecordBatch.withRecords`).
    public struct Fields {
        /// Bytes holding the record, from `start`.
        let bytes: UnsafeBufferPointer<UInt8>
        /// Where each field ends in `bytes`.
        let ends: UnsafeBufferPointer<Int>
        /// Where the first field starts in `bytes`.
        let start: Int

        /// How many fields the record has.
        public var count: Int { ends.count }

        /// The raw bytes of one field.
        public subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[(index == 0 ? start : ends[index - 1])..<ends[index]])
        }
    }

    /// Gives `body` the record's fields in place, to read several without copying them.
    public func withFields<T>(_ body: (Fields) throws -> T) rethrows -> T {
        try bytes.withUnsafeBufferPointer { bytes in
            try ends.withUnsafeBufferPointer { ends in try body(Fields(bytes: bytes, ends: ends, start: 0)) }
        }
    }
}
