import Foundation
import GRDB
import SkillsCore
import SkillsStore

extension SQLiteStore: BackupStore {
    public func backup(to path: String) async throws -> AuditCheck {
        guard !FileManager.default.fileExists(atPath: path) else { throw ServiceError.file(.exists(path: path)) }
        do {
            try copy(to: path)
        } catch is DatabaseError {
            try? FileManager.default.removeItem(atPath: path)
            throw ServiceError.file(.cannotWrite(path: path))
        }
        return try Self.checkedCopy(path)
    }

    public func restore(from path: String) async throws -> AuditCheck {
        guard FileManager.default.fileExists(atPath: path) else { throw ServiceError.file(.cannotRead(path: path)) }
        _ = try Self.checkedCopy(path)
        var configuration = Configuration()
        configuration.readonly = true
        try DatabaseQueue(path: path, configuration: configuration).backup(to: pool)
        try truncateWriteAheadLog()
        return try await verifyAudit()
    }

    /// SQLite's online backup: a consistent snapshot, copied page by page while other connections keep writing, left
    /// as one self-contained file (no write-ahead log beside it).
    private func copy(to path: String) throws {
        let destination = try DatabaseQueue(path: path)
        try pool.backup(to: destination)
        try destination.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = DELETE") }
        try destination.close()
    }

    /// Checks a copy without converting it: that it is a programme this version knows, SQLite's integrity check, and
    /// the audit chain. Throws on any fault.
    private static func checkedCopy(_ path: String) throws -> AuditCheck {
        try inspect(path)
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: path, configuration: configuration).read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            guard integrity == ["ok"] else {
                throw ServiceError.unreadable(
                    location: path, reason: "the integrity check found: \(integrity.prefix(3).joined(separator: "; "))")
            }
            let check = try verifyAudit(db)
            if let problem = check.problem {
                throw ServiceError.unreadable(location: path, reason: "audit entry \(problem.id): \(problem.message)")
            }
            return check
        }
    }
}
