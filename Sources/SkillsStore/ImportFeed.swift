import SkillsCore

/// Reads an import file's bytes chunk by chunk for any store: parses the CSV, checks the header and each record's
/// shape (field count, UTF-8), and hands every well-formed row to the store's row check, collecting problems with their
/// line and column in the summary. The store decides what a row means; the file's shape is judged here, once.
public struct ImportFeed {
    private var parser = CSVParser()
    private var rows: RowShape

    /// `dayFirstDates` reads `15/01/2026` as 15 January as well as `2026-01-15`.
    public init(kind: ImportKind, dayFirstDates: Bool = false) {
        rows = RowShape(columns: kind.columns, dayFirstDates: dayFirstDates)
    }

    /// Parses one chunk, calling `row` for each complete, well-formed record.
    public mutating func feed(
        _ chunk: UnsafeBufferPointer<UInt8>, summary: inout ImportSummary,
        row: (FieldReader, inout ImportProblems) throws -> RowResult
    ) throws {
        try parse(chunk, summary: &summary) { reader, summary in summary.count(try row(reader, &summary.problems)) }
    }

    /// Parses what is left after the last chunk and reports an empty file or one with no rows.
    public mutating func finish(summary: inout ImportSummary, row: (FieldReader, inout ImportProblems) throws -> RowResult) throws {
        try parse(nil, summary: &summary) { reader, summary in summary.count(try row(reader, &summary.problems)) }
    }

    /// Reads the file to its end, chunk by chunk, calling `row` for each well-formed record; `progress` hears the bytes
    /// and rows read after each chunk.
    public mutating func read(
        nextChunk: () throws -> [UInt8]?, progress: (_ bytes: Int, _ rows: Int) -> Void, summary: inout ImportSummary,
        row: (FieldReader, inout ImportProblems) throws -> RowResult
    ) throws {
        try readToEnd(nextChunk: nextChunk, progress: progress, summary: &summary) { reader, summary in
            summary.count(try row(reader, &summary.problems))
        }
    }

    /// `read`, counting each row read but leaving what became of it to the caller: a writer on another thread counts
    /// that.
    public mutating func readRecords(
        nextChunk: () throws -> [UInt8]?, progress: (_ bytes: Int, _ rows: Int) -> Void, summary: inout ImportSummary,
        row: (FieldReader) throws -> Void
    ) throws {
        try readToEnd(nextChunk: nextChunk, progress: progress, summary: &summary) { reader, _ in try row(reader) }
    }

    private mutating func readToEnd(
        nextChunk: () throws -> [UInt8]?, progress: (Int, Int) -> Void, summary: inout ImportSummary,
        row: (FieldReader, inout ImportSummary) throws -> Void
    ) throws {
        var bytesRead = 0
        while let chunk = try nextChunk() {
            bytesRead += chunk.count
            try chunk.withUnsafeBufferPointer { bytes in try parse(bytes, summary: &summary, row: row) }
            progress(bytesRead, summary.rowsRead)
        }
        try parse(nil, summary: &summary, row: row)
    }

    /// Parses a chunk, or with nil what is left at the end of the file, handing `row` each well-formed record.
    private mutating func parse(
        _ chunk: UnsafeBufferPointer<UInt8>?, summary: inout ImportSummary, row: (FieldReader, inout ImportSummary) throws -> Void
    ) throws {
        var rows = self.rows
        func handle(_ record: inout CSVRecord) throws {
            if let reader = rows.shaped(record, summary: &summary) { try row(reader, &summary) }
        }
        if let chunk { try parser.feed(chunk, emit: handle) } else { try parser.finish(emit: handle) }
        self.rows = rows
        guard chunk == nil else { return }
        if !rows.headerSeen {
            summary.problems.add(
                line: 1, column: 1, "the file is empty; it needs a header row: \((rows.required + rows.optional).joined(separator: ","))")
        } else if summary.rowsRead == 0, summary.problems.isEmpty {
            summary.problems.add(line: 2, column: 1, "the file has a header but no rows; nothing to import")
        }
    }
}

/// The header, then each record's shape: what every import checks before a store looks at a row.
private struct RowShape {
    let required: [String]
    let optional: [String]
    let dayFirstDates: Bool
    var header: CSVHeader?
    var headerSeen = false

    init(columns: (required: [String], optional: [String]), dayFirstDates: Bool) {
        (required, optional) = columns
        self.dayFirstDates = dayFirstDates
    }

    /// Reports the record's quoting and shape problems; gives a reader for a row fit to check, or nil for the header
    /// or a misshapen row.
    mutating func shaped(_ record: CSVRecord, summary: inout ImportSummary) -> FieldReader? {
        for problem in record.problems { summary.problems.add(line: record.line, column: problem.field, problem.message) }
        guard headerSeen else {
            headerSeen = true
            let checked = CSVHeader.check(record.strings, required: required, optional: optional)
            header = checked.header
            for problem in checked.problems { summary.problems.add(line: record.line, column: problem.field, problem.message) }
            return nil
        }
        guard let header else { return nil }
        summary.rowsRead += 1
        if !header.fits(record.count) {
            summary.problems.add(line: record.line, column: min(record.count, header.widths.lowerBound) + 1, header.misfit(record.count))
            return nil
        }
        if let column = Self.firstInvalidUTF8Field(record) {
            summary.problems.add(
                line: record.line, column: column, "this field is not UTF-8 text; save the file as \"CSV UTF-8\" and import it again")
            return nil
        }
        return FieldReader(record: record, header: header, dayFirstDates: dayFirstDates)
    }

    /// The 1-based column of the first field that is not valid UTF-8, or nil when all are.
    static func firstInvalidUTF8Field(_ record: CSVRecord) -> Int? {
        if record.isASCII { return nil }
        return (0..<record.count).first { !record.isValidUTF8(at: $0) }.map { $0 + 1 }
    }
}
