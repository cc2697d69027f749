import GRDB
import SkillsCore
import SkillsStore

/// One kind of import file: its documented columns, and how each row is checked and written.
protocol RowImporter {
    /// Columns every file of this kind must have.
    static var required: [String] { get }
    /// Columns it may have.
    static var optional: [String] { get }
    /// Checks one row, writes it if new, and reports problems; never throws for bad data, only for database failure.
    mutating func importRow(_ fields: FieldReader, problems: inout ImportProblems) throws -> RowResult
    /// Runs once after the last row, inside the import's transaction, when every row was good.
    func finish(_ db: Database) throws
}

extension RowImporter {
    func finish(_ db: Database) throws {}
}
