import PostgresNIO
import SkillsCore
import SkillsStore

extension PostgresStore {
    /// Checks a sessions file row by row and writes the good rows with one `COPY` straight into `sessions`, streamed
    /// while the file is still being read, so our checks and PostgreSQL's writing share the machine's cores. A large
    /// file sets the table's keys and indexes aside for it (`PostgresSessionKeys`). Only when the copy breaks the
    /// learner-and-ref key, because a row is already stored or comes twice, or the file turns out to have problems,
    /// is it undone (to a savepoint) and the rows taken the staged way, which finds the rows already stored: the same
    /// content is "already present", any difference a problem. A dry run takes the staged way at once, to say the same
    /// without writing.
    func importSessions(
        _ request: ImportRequest, _ connection: PostgresConnection, auditID: Int64, nextChunk: () throws -> [UInt8]?,
        progress: (_ bytes: Int, _ rows: Int) -> Void, summary: inout ImportSummary
    ) async throws {
        var rows = try await PostgresSessionRows(
            connection, auditID: auditID, today: clock.today, allowOtherCentre: request.allowOtherCentre)
        var feed = ImportFeed(kind: .sessions, dayFirstDates: request.dayFirstDates)
        var bytesRead = 0
        var atEnd = false
        /// Every good row's `COPY` text, chunk by chunk, kept for the staged way.
        var checked: [ByteBuffer] = []
        /// Checks one more chunk of the file (after the last, what the parser still holds); false once all is read.
        func readChunk() throws -> Bool {
            guard !atEnd else { return false }
            if let chunk = try nextChunk() {
                bytesRead += chunk.count
                try chunk.withUnsafeBufferPointer { bytes in
                    try feed.feed(bytes, summary: &summary) { fields, problems in rows.importRow(fields, problems: &problems) }
                }
                progress(bytesRead, summary.rowsRead)
            } else {
                try feed.finish(summary: &summary) { fields, problems in rows.importRow(fields, problems: &problems) }
                atEnd = true
            }
            let text = rows.takeChecked()
            if text.readableBytes > 0 { checked.append(text) }
            return true
        }

        if request.dryRun {
            while try readChunk() {}
            return try await importStaged(checked, rows, connection, &summary)
        }
        // Reads until the file is large enough, next to the sessions stored, to set the keys aside, or has ended.
        var worthSettingAside = false
        var askedAt = 0
        while !worthSettingAside, summary.problems.isEmpty, try readChunk() {
            guard rows.count >= 2 * askedAt else { continue }
            askedAt = max(rows.count, 1)
            worthSettingAside = try await PostgresSessionKeys.worthSettingAside(adding: rows.count, connection)
        }
        guard summary.problems.isEmpty else {
            while try readChunk() {}
            return try await importStaged(checked, rows, connection, &summary)
        }
        try await connection.execute("SAVEPOINT import_sessions")
        do {
            let keys = worthSettingAside ? try await PostgresSessionKeys.setAside(connection, indexes: true) : nil
            try await connection.copyFrom(table: "sessions", columns: PostgresSessionRows.columns, logger: PostgresConnection.quiet) {
                writer in
                var sent = 0
                repeat {
                    guard summary.problems.isEmpty else { throw AbandonedCopy() }
                    while sent < checked.count {
                        try await writer.write(checked[sent])
                        sent += 1
                    }
                } while try readChunk()
            }
            try await keys?.putBack(connection)
            try await connection.execute("RELEASE SAVEPOINT import_sessions")
            try await PostgresRefSequence.session.taken(rows.highestNumberedRef, connection)
        } catch let error where error is AbandonedCopy || (error as? PSQLError)?.serverInfo?[.sqlState] == Self.uniqueViolation {
            while try readChunk() {}
            try await connection.execute("ROLLBACK TO SAVEPOINT import_sessions")
            if worthSettingAside { try await PostgresSessionKeys.forgetBlock(connection) }
            try await importStaged(checked, rows, connection, &summary)
        }
    }

    /// PostgreSQL's code for a row that breaks a unique key.
    private static let uniqueViolation = "23505"

    /// Stops a copy straight into `sessions` once the file turns out to have problems.
    private struct AbandonedCopy: Error {}

    /// The staged way: copies the checked rows into a table that disappears with the transaction, settles the ones
    /// already stored in one query and, when the file had no problems and this is no dry run, writes the rest in
    /// another (a large file sets the foreign keys aside for it). A file with problems is compared with the stored
    /// sessions all the same, so the rows that conflict with them are reported in the same round, as SQLite does.
    private func importStaged(
        _ checked: [ByteBuffer], _ rows: PostgresSessionRows, _ connection: PostgresConnection, _ summary: inout ImportSummary
    ) async throws {
        try await connection.execute(
            """
            CREATE TEMPORARY TABLE import_sessions (seq BIGINT GENERATED ALWAYS AS IDENTITY, ref TEXT, learner_id BIGINT,
              tutor_id BIGINT, date TEXT, minutes INTEGER, mode TEXT, outcomes TEXT, notes TEXT, audit_id BIGINT) ON COMMIT DROP
            """)
        try await connection.copyFrom(
            table: "import_sessions", columns: PostgresSessionRows.columns, logger: PostgresConnection.quiet
        ) { writer in
            for text in checked { try await writer.write(text) }
        }
        try await checkStored(connection, lines: rows.lines, column: rows.refColumn, &summary)
        guard summary.committed else { throw ImportRollback() }
        let setAside =
            try await PostgresSessionKeys.worthSettingAside(adding: rows.count, connection)
            ? try await PostgresSessionKeys.setAside(connection, indexes: false) : nil
        try await connection.execute(
            """
            INSERT INTO sessions (ref, learner_id, tutor_id, date, minutes, mode, outcomes, notes, audit_id)
            SELECT ref, learner_id, tutor_id, date, minutes, mode, outcomes, notes, audit_id FROM import_sessions ORDER BY seq
            ON CONFLICT (learner_id, ref) DO NOTHING
            """)
        try await setAside?.putBack(connection)
        try await PostgresRefSequence.session.taken(rows.highestNumberedRef, connection)
    }

    /// Finds staged rows whose session is already stored for that learner, or, when it is not, comes earlier in the
    /// file, as SQLite finds the row it has just written: the same content is "already present", any difference a
    /// problem naming both versions at the row's line.
    private func checkStored(
        _ connection: PostgresConnection, lines: [Int], column: Int, _ summary: inout ImportSummary
    ) async throws {
        let stored = try await connection.query(
            """
            SELECT i.seq, i.ref, l.ref, i.date, ti.ref, i.minutes::text, i.mode, i.outcomes, coalesce(i.notes, ''),
              s.date, t.ref, s.minutes::text, s.mode, s.outcomes, coalesce(s.notes, '')
            FROM import_sessions i JOIN sessions s ON s.ref = i.ref AND s.learner_id = i.learner_id
            JOIN tutors t ON t.id = s.tutor_id JOIN learners l ON l.id = i.learner_id JOIN tutors ti ON ti.id = i.tutor_id
            UNION ALL
            SELECT i.seq, i.ref, l.ref, i.date, ti.ref, i.minutes::text, i.mode, i.outcomes, coalesce(i.notes, ''),
              f.date, t.ref, f.minutes::text, f.mode, f.outcomes, coalesce(f.notes, '')
            FROM (SELECT *, min(seq) OVER (PARTITION BY learner_id, ref) AS first FROM import_sessions) i
            JOIN import_sessions f ON f.seq = i.first
            JOIN tutors t ON t.id = f.tutor_id JOIN learners l ON l.id = i.learner_id JOIN tutors ti ON ti.id = i.tutor_id
            WHERE i.seq > i.first AND NOT EXISTS (SELECT FROM sessions s WHERE s.ref = i.ref AND s.learner_id = i.learner_id)
            ORDER BY 1
            """, logger: PostgresConnection.quiet)
        let keys = ["date", "tutor_ref", "minutes", "mode", "outcomes", "notes"]
        for try await row in stored {
            let cells = row.makeRandomAccess()
            let line = lines[try cells[0].decode(Int.self) - 1]
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
