import Foundation
import GRDB
import SkillsCore
import SkillsStore

/// Imports a whole CSV file in one transaction: every row checked, all written or none.
struct BulkImport: Sendable {
    let store: SQLiteStore
    let kind: ImportKind
    let allowOtherCentre: Bool
    /// Whether `15/01/2024` is read as 15 January.
    let dayFirstDates: Bool

    /// The columns a file of this kind must have, then those it may have.
    static func columns(of kind: ImportKind) -> (required: [String], optional: [String]) {
        switch kind {
        case .centres: (CentreRows.required, CentreRows.optional)
        case .tutors: (TutorRows.required, TutorRows.optional)
        case .learners: (LearnerRows.required, LearnerRows.optional)
        case .sessions: (SessionRows.required, SessionRows.optional)
        }
    }

    /// Reads chunks from `nextChunk` (nil at the end) and imports them; `progress` hears the bytes consumed.
    func run(
        file: String, dryRun: Bool, by authorisation: Authorisation,
        nextChunk: () throws -> [UInt8]?, progress: (_ bytes: Int, _ rows: Int) -> Void
    ) throws -> ImportSummary {
        let started = Date()
        var summary = ImportSummary()
        summary.dryRun = dryRun
        try store.pool.writeWithoutTransaction { db in
            // Every reference is resolved from tables read inside the transaction, so SQLite's own foreign-key
            // lookups would only repeat that work; a larger page cache keeps the indexes in memory.
            try db.execute(sql: "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -65536")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON; PRAGMA cache_size = -2000") }
            try db.inTransaction(.immediate) {
                try store.authorise(db, authorisation)
                let auditID = try AuditTrail.append(
                    db, at: store.clock.now(), actor: authorisation.actorName, action: "import.\(kind.rawValue)", record: "file:\(file)",
                    details: [:])
                var rows = try makeRows(db, auditID: auditID, actor: authorisation.actorName)
                try feed(&rows, nextChunk: nextChunk, progress: progress, summary: &summary)
                guard summary.committed else { return .rollback }
                try rows.finish(db)
                try AuditTrail.amend(
                    db, id: auditID,
                    details: [
                        "file": file, "rows": String(summary.rowsRead), "inserted": String(summary.inserted),
                        "already_present": String(summary.alreadyPresent),
                    ])
                return .commit
            }
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    private func makeRows(_ db: Database, auditID: Int64, actor: String) throws -> any RowImporter {
        let today = store.clock.today
        switch kind {
        case .centres: return try CentreRows(db, auditID: auditID)
        case .tutors: return try TutorRows(db, auditID: auditID, today: today)
        case .learners: return try LearnerRows(db, auditID: auditID, today: today, actor: actor, recordedAt: store.timestamp())
        case .sessions:
            return try SessionRows(
                db, auditID: auditID, today: today, allowOtherCentre: allowOtherCentre, outcomes: try store.currentOutcomeRows(db))
        }
    }

    private func feed(
        _ rows: inout any RowImporter, nextChunk: () throws -> [UInt8]?, progress: (Int, Int) -> Void,
        summary: inout ImportSummary
    ) throws {
        var parser = CSVParser()
        var header: CSVHeader?
        var headerSeen = false
        var bytesRead = 0
        let (required, optional) = Self.columns(of: kind)
        func handle(_ record: inout CSVRecord) throws {
            for problem in record.problems { summary.problems.add(line: record.line, column: problem.field, problem.message) }
            guard headerSeen else {
                headerSeen = true
                let checked = CSVHeader.check(record.strings, required: required, optional: optional)
                header = checked.header
                for problem in checked.problems { summary.problems.add(line: record.line, column: problem.field, problem.message) }
                return
            }
            guard let header else { return }
            summary.rowsRead += 1
            if !header.fits(record.count) {
                summary.problems.add(
                    line: record.line, column: min(record.count, header.widths.lowerBound) + 1, header.misfit(record.count))
                return
            }
            if let column = Self.firstInvalidUTF8Field(record) {
                summary.problems.add(
                    line: record.line, column: column,
                    "this field is not UTF-8 text; save the file as \"CSV UTF-8\" and import it again")
                return
            }
            switch try rows.importRow(
                FieldReader(record: record, header: header, dayFirstDates: dayFirstDates), problems: &summary.problems)
            {
            case .inserted: summary.inserted += 1
            case .present: summary.alreadyPresent += 1
            case .rejected: break
            }
        }
        while let chunk = try nextChunk() {
            bytesRead += chunk.count
            try chunk.withUnsafeBufferPointer { try parser.feed($0, emit: handle) }
            progress(bytesRead, summary.rowsRead)
        }
        try parser.finish(emit: handle)
        if !headerSeen {
            summary.problems.add(
                line: 1, column: 1, "the file is empty; it needs a header row: \((required + optional).joined(separator: ","))")
        } else if summary.rowsRead == 0, summary.problems.isEmpty {
            summary.problems.add(line: 2, column: 1, "the file has a header but no rows; nothing to import")
        }
    }

    /// The 1-based column of the first field that is not valid UTF-8, or nil when all are.
    static func firstInvalidUTF8Field(_ record: CSVRecord) -> Int? {
        if record.isASCII { return nil }
        return (0..<record.count).first { record.string(at: $0) == nil }.map { $0 + 1 }
    }
}

extension SQLiteStore: ImportStore {
    public func importFile(
        _ request: ImportRequest, by authorisation: Authorisation, nextChunk: () throws -> [UInt8]?,
        progress: (_ bytes: Int, _ rows: Int) -> Void
    ) async throws -> ImportSummary {
        try BulkImport(
            store: self, kind: request.kind, allowOtherCentre: request.allowOtherCentre, dayFirstDates: request.dayFirstDates
        ).run(
            file: request.file, dryRun: request.dryRun, by: authorisation, nextChunk: nextChunk, progress: progress)
    }
}
