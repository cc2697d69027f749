import GRDB
import SkillsCore
import SkillsStore

/// Writes a batch of learners or tutors in file order: each run of plain rows in one `INSERT … SELECT` through
/// `skills_import_rows`, and every other row through the full check, as is a plain row whose ref was already stored
/// (the check compares it with the stored record).
final class PlainRuns<Verdict: Sendable, Row> {
    private let insert: RawStatement
    /// The highest id in the table, and the refs stored after a given id, to tell which rows of a run went in.
    private let highestID: RawStatement
    private let refsAfter: RawStatement
    private let ref: (Row) -> UnsafeBufferPointer<UInt8>
    /// Where `rows` is in the run it reads. SQLite calls `rows` once per row and once per column, so its place lives in
    /// memory of its own: a stored property, or a variable a closure captures, would be checked for overlapping access
    /// at run time on every call.
    private let place = UnsafeMutablePointer<RunPlace<Verdict, Row>>.allocate(capacity: 1)
    private let rows: ImportRows

    /// `insertSQL` reads its rows from `skills_import_rows(?1)`, whose columns `columns` sets from a row, which it
    /// reads in place; `ref` is a row's ref, as the table's `ref` column stores it.
    init(
        _ db: Database, table: String, insertSQL: String, ref: @escaping (Row) -> UnsafeBufferPointer<UInt8>,
        columns: @escaping (UnsafePointer<Row>, Int32, OpaquePointer?) -> Void
    ) throws {
        insert = try RawStatement(db, insertSQL)
        highestID = try RawStatement(db, "SELECT coalesce(max(id), 0) FROM \(table)")
        refsAfter = try RawStatement(db, "SELECT ref FROM \(table) WHERE id > ?1 ORDER BY id")
        self.ref = ref
        place.initialize(to: RunPlace())
        rows = ImportRows { [place] in
            place.pointee.advance()
        } value: { [place] column, context in
            guard place.pointee.onRow else { return }
            columns(place.pointee.current, column, context)
        }
    }

    deinit {
        place.pointee.leave()
        place.pointee.current.deallocate()
        place.deinitialize(count: 1).deallocate()
    }

    /// Writes the batch; `row` finds a plain row's values, and `checked` checks any other row in full and writes it.
    /// Returns how many rows the runs inserted.
    func write(
        _ batch: ImportPipeline.Batch<Verdict>, in records: CSVRecordBatch.Records, row: @escaping (CSVRecord.Fields, Verdict) -> Row,
        written: inout ImportSummary, checked: (FieldReader, inout ImportProblems) throws -> RowResult
    ) throws -> Int {
        var insertedByRuns = 0
        var start = 0
        while start < batch.count {
            var end = start
            while end < batch.count, batch.verdicts[end] != nil { end += 1 }
            if end > start {
                insertedByRuns += try writeRun(start..<end, of: batch, in: records, row: row, written: &written, checked: checked)
            }
            if end < batch.count { written.count(try checked(batch.reader(at: end), &written.problems)) }
            start = end + 1
        }
        return insertedByRuns
    }

    /// Inserts a run of plain rows in one statement. A row it skipped had its ref stored already, earlier or in this
    /// run; rows go in in order, with rising ids, so the refs stored after the run's start tell the skipped rows apart.
    private func writeRun(
        _ run: Range<Int>, of batch: ImportPipeline.Batch<Verdict>, in records: CSVRecordBatch.Records,
        row: @escaping (CSVRecord.Fields, Verdict) -> Row, written: inout ImportSummary,
        checked: (FieldReader, inout ImportProblems) throws -> RowResult
    ) throws -> Int {
        let before = try highestID.integer()
        place.pointee.start(run, records: records, verdicts: batch.verdicts, row: row)
        defer { place.pointee.leave() }
        let inserted = Int(try rows.bind(to: insert, 1) { try insert.execute() })
        written.inserted += inserted
        guard inserted < run.count else { return inserted }
        refsAfter.bind(1, before)
        defer { refsAfter.reset() }
        var storedNext = try refsAfter.next()
        for index in run {
            if storedNext, refsAfter.bytes(0).elementsEqual(ref(row(records[index], batch.verdicts[index]!))) {
                storedNext = try refsAfter.next()
            } else {
                written.count(try checked(batch.reader(at: index), &written.problems))
            }
        }
        return inserted
    }
}

/// A run of a batch's plain rows, and the row `skills_import_rows` is on.
private struct RunPlace<Verdict: Sendable, Row> {
    private var records: CSVRecordBatch.Records?
    private var verdicts: [Verdict?] = []
    private var row: ((CSVRecord.Fields, Verdict) -> Row)?
    private var next = 0
    private var end = 0
    /// The current row, which each of its columns reads in place rather than copying it.
    let current = UnsafeMutablePointer<Row>.allocate(capacity: 1)
    private(set) var onRow = false

    /// Starts a run; the records must stay in place until `leave`.
    mutating func start(
        _ run: Range<Int>, records: CSVRecordBatch.Records, verdicts: [Verdict?], row: @escaping (CSVRecord.Fields, Verdict) -> Row
    ) {
        leave()
        (self.records, self.verdicts, self.row, next, end) = (records, verdicts, row, run.lowerBound, run.upperBound)
    }

    /// Moves to the run's next row; false at its end.
    mutating func advance() -> Bool {
        if onRow { current.deinitialize(count: 1) }
        onRow = false
        guard next < end, let records, let row, let verdict = verdicts[next] else { return false }
        current.initialize(to: row(records[next], verdict))
        onRow = true
        next += 1
        return true
    }

    /// Lets go of the run.
    mutating func leave() {
        if onRow { current.deinitialize(count: 1) }
        (onRow, records, verdicts, row) = (false, nil, [], nil)
    }
}
