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
                let finish: (Database) throws -> Void
                switch try makeRows(db, auditID: auditID) {
                case .oneByOne(var rows):
                    try feed(&rows, nextChunk: nextChunk, progress: progress, summary: &summary)
                    finish = rows.finish
                case .inBatches(var rows):
                    try feedInBatches(&rows, nextChunk: nextChunk, progress: progress, summary: &summary)
                    finish = rows.finish
                }
                guard summary.committed else { return .rollback }
                try finish(db)
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

    /// How a kind's rows reach the database: checked and written one by one as the file is parsed, or checked on a
    /// reading thread first and written here in batches.
    private enum Rows {
        case oneByOne(any RowImporter)
        case inBatches(any BatchRowImporter)
    }

    private func makeRows(_ db: Database, auditID: Int64) throws -> Rows {
        let today = store.clock.today
        switch kind {
        case .centres: return .oneByOne(try CentreRows(db, auditID: auditID))
        case .tutors: return .inBatches(try TutorRows(db, auditID: auditID, today: today))
        case .learners: return .inBatches(try LearnerRows(db, auditID: auditID, today: today))
        case .sessions:
            return .oneByOne(
                try SessionRows(
                    db, auditID: auditID, today: today, allowOtherCentre: allowOtherCentre, outcomes: try store.currentOutcomeRows(db)))
        }
    }

    /// Reads the file on another thread (`ImportPipeline`) and writes its rows here as each batch arrives.
    private func feedInBatches<Importer: BatchRowImporter>(
        _ rows: inout Importer, nextChunk: () throws -> [UInt8]?, progress: (Int, Int) -> Void, summary: inout ImportSummary
    ) throws {
        var written = ImportSummary()
        let read = try ImportPipeline.run(
            kind: kind, dayFirstDates: dayFirstDates, nextChunk: nextChunk, progress: progress, check: rows.verdict
        ) { batch in
            try batch.records.withRecords { records in try rows.importBatch(batch, in: records, written: &written) }
        }
        summary.absorb(read)
        summary.absorb(written)
    }

    private func feed(
        _ rows: inout any RowImporter, nextChunk: () throws -> [UInt8]?, progress: (Int, Int) -> Void,
        summary: inout ImportSummary
    ) throws {
        var feed = ImportFeed(kind: kind, dayFirstDates: dayFirstDates)
        try feed.read(nextChunk: nextChunk, progress: progress, summary: &summary) { fields, problems in
            try rows.importRow(fields, problems: &problems)
        }
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
