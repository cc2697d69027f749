import GRDB
import SkillsCore
import SkillsStore

/// One kind of import file: its documented columns, and how each row is checked and written.
protocol RowImporter {
    /// Checks one row, writes it if new, and reports problems; never throws for bad data, only for database failure.
    mutating func importRow(_ fields: FieldReader, problems: inout ImportProblems) throws -> RowResult
    /// Runs once after the last row, inside the import's transaction, when every row was good.
    func finish(_ db: Database) throws
}

extension RowImporter {
    func finish(_ db: Database) throws {}
}

/// A kind of import whose rows are first checked without the database, on the thread that reads the file
/// (`ImportPipeline`), then written here in batches.
protocol BatchRowImporter {
    associatedtype Verdict: Sendable
    /// Makes, for a file's header, the check run on each row as it is read; nil means the row needs the full check.
    var verdict: @Sendable (CSVHeader) -> @Sendable (CSVRecord.Fields) -> Verdict? { get }
    /// Writes a batch's rows in file order, each new one, checking in full any row not plain or already stored, and
    /// counts them; never throws for bad data, only for database failure.
    mutating func importBatch(_ batch: ImportPipeline.Batch<Verdict>, in records: CSVRecordBatch.Records, written: inout ImportSummary)
        throws
    /// Runs once after the last row, inside the import's transaction, when every row was good.
    func finish(_ db: Database) throws
}
