import Foundation
import GRDB
import SkillsCore
import SkillsStore

extension SQLiteStore {
    /// Every programme table's rows, read in one snapshot, for `migrate-store`.
    public func tableCopies() throws -> [TableCopy] {
        try read { db in
            try TableCopy.programmeTables.map { table in
                let columns = try db.columns(in: table).map(\.name)
                var rows: [[String?]] = []
                let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM \(table) ORDER BY rowid")
                while let row = try cursor.next() {
                    rows.append(row.databaseValues.map(Self.copyText))
                }
                return TableCopy(name: table, columns: columns, rows: rows)
            }
        }
    }

    private static func copyText(_ value: DatabaseValue) -> String? {
        switch value.storage {
        case .null: nil
        case .int64(let number): String(number)
        case .double(let number): String(number)
        case .string(let text): text
        case .blob(let bytes): "\\x" + Hex.string(bytes)
        }
    }
}
