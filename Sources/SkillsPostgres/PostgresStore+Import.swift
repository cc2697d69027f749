import Foundation
import PostgresNIO
import SkillsCore
import SkillsStore

extension PostgresStore: ImportStore {
    /// Imports a whole file in one transaction, all rows or none, audited as SQLite audits it. Every row is checked by the
    /// checks both stores share; sessions are then copied in with `COPY … FROM STDIN` (`importSessions`),
    /// while centres, tutors and learners are compared as they are read (`PostgresPeopleRows`) and the new ones copied
    /// in at the end.
    public func importFile(
        _ request: ImportRequest, by authorisation: Authorisation, nextChunk: () throws -> [UInt8]?,
        progress: (_ bytes: Int, _ rows: Int) -> Void
    ) async throws -> ImportSummary {
        let started = Date()
        var summary = ImportSummary()
        summary.dryRun = request.dryRun
        do {
            try await writeTransaction { connection in
                try await authorise(connection, authorisation)
                let auditID = try await PostgresAuditTrail.append(
                    connection, at: clock.now(), actor: authorisation.actorName, action: "import.\(request.kind.rawValue)",
                    record: "file:\(request.file)", details: [:])
                if request.kind == .sessions {
                    try await importSessions(
                        request, connection, auditID: auditID, nextChunk: nextChunk, progress: progress, summary: &summary)
                } else {
                    var rows = try await PostgresPeopleRows(request.kind, connection, auditID: auditID, today: clock.today)
                    try Self.feed(request, nextChunk: nextChunk, progress: progress, summary: &summary) { fields, problems in
                        rows.importRow(fields, problems: &problems)
                    }
                    guard summary.committed else { throw ImportRollback() }
                    try await rows.write(connection)
                }
                try await PostgresAuditTrail.amend(
                    connection, id: auditID,
                    details: [
                        "file": request.file, "rows": String(summary.rowsRead), "inserted": String(summary.inserted),
                        "already_present": String(summary.alreadyPresent),
                    ])
            }
        } catch is ImportRollback {
            // Problems or a dry run: nothing was written, and the summary says why.
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Reads the file chunk by chunk through the shared `ImportFeed`, handing each well-formed row to `row`.
    private static func feed(
        _ request: ImportRequest, nextChunk: () throws -> [UInt8]?, progress: (_ bytes: Int, _ rows: Int) -> Void,
        summary: inout ImportSummary, row: (FieldReader, inout ImportProblems) throws -> RowResult
    ) throws {
        var feed = ImportFeed(kind: request.kind, dayFirstDates: request.dayFirstDates)
        try feed.read(nextChunk: nextChunk, progress: progress, summary: &summary, row: row)
    }
}

/// Ends an import's transaction without writing: its problems, or a dry run, are in the summary.
struct ImportRollback: Error {}
