/// A streaming RFC 4180 parser: feed it byte chunks, it hands back each complete record.
///
/// Handles quoted fields with commas, doubled quotes and line breaks, CRLF or LF endings and a
/// leading UTF-8 byte-order mark. Blank lines are skipped. Memory holds one record at a time.
public struct CSVParser: Sendable {
    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    private var state = State.fieldStart
    private var record = CSVRecord(line: 1)
    private var line = 1
    private var atFileStart = true
    private var pendingBOM: [UInt8] = []
    private var previousWasCR = false

    public init() {}

    /// Parses a chunk, calling `emit` for every record it completes.
    public mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, emit: (inout CSVRecord) throws -> Void) rethrows {
        var start = 0
        if atFileStart {
            while start < chunk.count, pendingBOM.count < 3 {
                pendingBOM.append(chunk[start])
                start += 1
            }
            if pendingBOM.count < 3 { return }
            atFileStart = false
            let bom = pendingBOM
            pendingBOM = []
            if bom != [0xEF, 0xBB, 0xBF] {
                try bom.withUnsafeBufferPointer { try consume($0, from: 0, emit: emit) }
            }
        }
        try consume(chunk, from: start, emit: emit)
    }

    /// Ends the input, emitting the last record if the file does not end with a line break.
    public mutating func finish(emit: (inout CSVRecord) throws -> Void) rethrows {
        if atFileStart, !pendingBOM.isEmpty {
            atFileStart = false
            let bytes = pendingBOM
            pendingBOM = []
            if bytes != [0xEF, 0xBB, 0xBF] { try bytes.withUnsafeBufferPointer { try consume($0, from: 0, emit: emit) } }
        }
        if state == .quoted {
            record.problems.append(
                CSVFieldProblem(field: record.ends.count + 1, message: "a quoted field is not closed before the end of the file"))
        }
        if state != .fieldStart || !record.ends.isEmpty {
            record.ends.append(record.bytes.count)
            try emit(&record)
            record.reset(line: line)
        }
    }

    private mutating func consume(
        _ chunk: UnsafeBufferPointer<UInt8>, from start: Int, emit: (inout CSVRecord) throws -> Void
    ) rethrows {
        let quote = UInt8(ascii: "\"")
        let comma = UInt8(ascii: ",")
        let lf = UInt8(ascii: "\n")
        let cr = UInt8(ascii: "\r")
        var index = start
        while index < chunk.count {
            let byte = chunk[index]
            index += 1
            if previousWasCR {
                previousWasCR = false
                if byte == lf { continue }
            }
            switch state {
            case .fieldStart, .unquoted:
                if byte == comma {
                    record.ends.append(record.bytes.count)
                    state = .fieldStart
                } else if byte == lf || byte == cr {
                    previousWasCR = byte == cr
                    try endRecord(emit)
                } else if byte == quote, state == .fieldStart {
                    state = .quoted
                } else {
                    if byte == quote {
                        record.problems.append(
                            CSVFieldProblem(
                                field: record.ends.count + 1,
                                message: "a quote inside an unquoted field; put the whole field in quotes and double the quote (\"\")"))
                    }
                    record.bytes.append(byte)
                    state = .unquoted
                }
            case .quoted:
                if byte == quote {
                    state = .quoteInQuoted
                } else {
                    if byte == lf { line += 1 }
                    record.bytes.append(byte)
                }
            case .quoteInQuoted:
                if byte == quote {
                    record.bytes.append(quote)
                    state = .quoted
                } else if byte == comma {
                    record.ends.append(record.bytes.count)
                    state = .fieldStart
                } else if byte == lf || byte == cr {
                    previousWasCR = byte == cr
                    try endRecord(emit)
                } else {
                    record.problems.append(
                        CSVFieldProblem(field: record.ends.count + 1, message: "text after the closing quote of a quoted field"))
                    record.bytes.append(byte)
                    state = .unquoted
                }
            }
        }
    }

    private mutating func endRecord(_ emit: (inout CSVRecord) throws -> Void) rethrows {
        let isBlankLine = record.ends.isEmpty && record.bytes.isEmpty && state == .fieldStart
        record.ends.append(record.bytes.count)
        state = .fieldStart
        line += 1
        if !isBlankLine { try emit(&record) }
        record.reset(line: line)
    }
}

extension CSVParser {
    /// Parses a whole text held in memory (a regions or reference table): every record, the last one included.
    public mutating func parse(_ text: String, emit: (inout CSVRecord) throws -> Void) rethrows {
        let bytes = Array(text.utf8)
        try bytes.withUnsafeBufferPointer { try feed($0, emit: emit) }
        try finish(emit: emit)
    }
}
