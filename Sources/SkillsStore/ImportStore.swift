import Foundation
import SkillsCore

/// Bulk import of CSV files, all rows or none.
public protocol ImportStore: Sendable {
    /// Imports a whole file read in chunks (nil at the end) in one transaction; `progress` hears bytes and rows.
    func importFile(
        _ request: ImportRequest, by authorisation: Authorisation, nextChunk: () throws -> [UInt8]?,
        progress: (_ bytes: Int, _ rows: Int) -> Void
    ) async throws -> ImportSummary
}
