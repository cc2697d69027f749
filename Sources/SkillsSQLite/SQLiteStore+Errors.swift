import SkillsCore
import SkillsStore

extension SQLiteStore {
    /// An unknown reference of some kind, with the nearest of the refs in a table's `ref` column.
    func unknown(_ kind: RecordKind, _ value: String, refsIn table: String) throws -> ServiceError {
        let known = try read { try String.fetchAll($0, sql: "SELECT ref FROM \(table)") }
        return .unknown(kind, value, among: known)
    }
}
