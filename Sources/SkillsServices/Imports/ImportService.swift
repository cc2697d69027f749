import Foundation
import SkillsCore
import SkillsStore

/// Bulk import of CSV files: centres, tutors, learners and sessions, every row checked, all written or none.
public struct ImportService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// Checks that `actor` may import, for a door that shows an upload form before there is a file; a refusal is
    /// audited like any other.
    public func checkMayImport(by actor: String) async throws {
        try await context.gate.check(Authorisation(actor, .importData))
    }

    /// Imports a file from disk in 1 MB chunks; `progress` hears the bytes read out of the file's size, and the rows.
    public func importFile(
        _ path: String, kind: ImportKind, dryRun: Bool, allowOtherCentre: Bool, dayFirstDates: Bool = false, by actor: String,
        progress: (_ bytes: Int, _ size: Int, _ rows: Int) -> Void
    ) async throws -> ImportSummary {
        try await context.gate.check(Authorisation(actor, .importData))
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ServiceError.file(.cannotRead(path: path)) }
        defer { try? handle.close() }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return try await context.gate.recordingRefusal {
            try await context.store.importFile(
                ImportRequest(
                    kind: kind, file: path, dryRun: dryRun, allowOtherCentre: allowOtherCentre, dayFirstDates: dayFirstDates),
                by: Authorisation(actor, .importData),
                nextChunk: {
                    let data = try handle.read(upToCount: 1 << 20) ?? Data()
                    return data.isEmpty ? nil : [UInt8](data)
                },
                progress: { bytes, rows in progress(bytes, size, rows) })
        }
    }
}
