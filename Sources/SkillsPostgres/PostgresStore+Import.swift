import Foundation
import PostgresNIO
import SkillsCore
import SkillsStore

extension PostgresStore: ImportStore {
    /// Imports a whole file in one transaction, all rows or none, audited as SQLite audits it. Every row is checked by the
    /// checks both stores share; sessions are then staged with `COPY … FROM STDIN`, compared with the stored ones in one
    /// query and written in another (a large file sets the foreign keys aside for it: `PostgresSessionForeignKeys`),
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

    /// Checks a sessions file row by row, stages the good rows, settles the ones already stored and writes the rest.
    private func importSessions(
        _ request: ImportRequest, _ connection: PostgresConnection, auditID: Int64, nextChunk: () throws -> [UInt8]?,
        progress: (_ bytes: Int, _ rows: Int) -> Void, summary: inout ImportSummary
    ) async throws {
        var rows = try await PostgresSessionRows(connection, today: clock.today, allowOtherCentre: request.allowOtherCentre)
        try Self.feed(request, nextChunk: nextChunk, progress: progress, summary: &summary) { fields, problems in
            rows.importRow(fields, problems: &problems)
        }
        guard summary.problems.isEmpty else { throw ImportRollback() }
        try await stage(rows.staged, connection)
        try await checkStored(connection, column: rows.refColumn, &summary)
        guard summary.committed else { throw ImportRollback() }
        let setAside =
            try await PostgresSessionForeignKeys.worthSettingAside(adding: rows.count, connection)
            ? try await PostgresSessionForeignKeys.setAside(connection) : nil
        try await connection.execute(
            """
            INSERT INTO sessions (ref, learner_id, tutor_id, date, minutes, mode, outcomes, notes, audit_id)
            SELECT ref, learner_id, tutor_id, date, minutes, mode, outcomes, nullif(notes, ''), \(auditID) FROM import_sessions
            ON CONFLICT (learner_id, ref) DO NOTHING
            """)
        try await setAside?.putBack(connection)
        try await PostgresRefSequence.session.taken(rows.highestNumberedRef, connection)
    }

    /// Reads the file chunk by chunk through the shared `ImportFeed`, handing each well-formed row to `row`.
    private static func feed(
        _ request: ImportRequest, nextChunk: () throws -> [UInt8]?, progress: (_ bytes: Int, _ rows: Int) -> Void,
        summary: inout ImportSummary, row: (FieldReader, inout ImportProblems) throws -> RowResult
    ) throws {
        var feed = ImportFeed(kind: request.kind, dayFirstDates: request.dayFirstDates)
        var bytesRead = 0
        while let chunk = try nextChunk() {
            bytesRead += chunk.count
            try chunk.withUnsafeBufferPointer { bytes in try feed.feed(bytes, summary: &summary, row: row) }
            progress(bytesRead, summary.rowsRead)
        }
        try feed.finish(summary: &summary, row: row)
    }

    /// Copies the checked rows into a staging table that disappears with the transaction.
    private func stage(_ rows: ByteBuffer, _ connection: PostgresConnection) async throws {
        try await connection.execute(
            """
            CREATE TEMPORARY TABLE import_sessions (line BIGINT, ref TEXT, learner_ref TEXT, learner_id BIGINT, tutor_ref TEXT,
              tutor_id BIGINT, date TEXT, minutes INTEGER, mode TEXT, outcomes TEXT, notes TEXT) ON COMMIT DROP
            """)
        try await connection.copyFrom(
            table: "import_sessions", columns: PostgresSessionRows.stagedColumns, logger: PostgresConnection.quiet
        ) {
            writer in
            var remaining = rows
            while remaining.readableBytes > 0 {
                try await writer.write(remaining.readSlice(length: min(remaining.readableBytes, 1 << 20))!)
            }
        }
    }

    /// Finds staged rows whose session is already stored for that learner: the same content is "already present", any
    /// difference a problem naming both versions at the row's line.
    private func checkStored(_ connection: PostgresConnection, column: Int, _ summary: inout ImportSummary) async throws {
        let stored = try await connection.query(
            """
            SELECT i.line, i.ref, i.learner_ref, i.date, i.tutor_ref, i.minutes::text, i.mode, i.outcomes, i.notes,
              s.date, t.ref, s.minutes::text, s.mode, s.outcomes, coalesce(s.notes, '')
            FROM import_sessions i JOIN sessions s ON s.ref = i.ref AND s.learner_id = i.learner_id JOIN tutors t ON t.id = s.tutor_id
            ORDER BY i.line
            """, logger: PostgresConnection.quiet)
        let keys = ["date", "tutor_ref", "minutes", "mode", "outcomes", "notes"]
        for try await row in stored {
            let cells = row.makeRandomAccess()
            let line = try cells[0].decode(Int.self)
            let incoming = Dictionary(uniqueKeysWithValues: zip(keys, try (3...8).map { try cells[$0].decode(String.self) }))
            let existing = Dictionary(uniqueKeysWithValues: zip(keys, try (9...14).map { try cells[$0].decode(String.self) }))
            summary.inserted -= 1
            if existing == incoming {
                summary.alreadyPresent += 1
            } else {
                let what = "session '\(try cells[1].decode(String.self))' for learner '\(try cells[2].decode(String.self))'"
                summary.problems.add(line: line, column: column, conflictMessage(what, stored: existing, incoming: incoming))
            }
        }
    }
}

/// Ends an import's transaction without writing: its problems, or a dry run, are in the summary.
private struct ImportRollback: Error {}
