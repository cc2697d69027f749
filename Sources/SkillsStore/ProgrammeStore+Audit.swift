import Foundation
import GRDB
import SkillsCore

/// One entry of the audit trail.
public struct AuditEntry: Codable, Sendable, Equatable {
    public var id: Int64
    public var at: String
    public var actor: String
    public var action: String
    public var record: String
    public var details: String
    public var hash: String
}

/// The result of checking the audit trail's chain.
public struct AuditCheck: Sendable {
    public var entries: Int
    /// The newest entry's hash: record it elsewhere to detect a rewrite of the whole chain.
    public var head: String
    /// The first bad entry and what is wrong with it, or nil when the chain is intact.
    public var problem: (id: Int64, message: String)?
}

extension ProgrammeStore {
    /// Audit entries matching a filter, newest first.
    public func auditLog(actor: String? = nil, record: String? = nil, from: Day? = nil, to: Day? = nil, limit: Int = 100) throws
        -> [AuditEntry]
    {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM audit_log WHERE (:actor IS NULL OR actor = :actor) AND (:record IS NULL OR record = :record)
                      AND (:from IS NULL OR at >= :from) AND (:to IS NULL OR substr(at, 1, 10) <= :to)
                    ORDER BY id DESC LIMIT :limit
                    """,
                arguments: ["actor": actor, "record": record, "from": from?.description, "to": to?.description, "limit": limit]
            ).map {
                AuditEntry(
                    id: $0["id"], at: $0["at"], actor: $0["actor"], action: $0["action"], record: $0["record"], details: $0["details"],
                    hash: $0["hash"])
            }
        }
    }

    /// Walks the whole chain: every entry's hash, its link to the one before, its details' digest, and no gaps.
    public func verifyAudit() throws -> AuditCheck {
        try read { db in
            var previous = AuditTrail.genesis
            var expectedID: Int64 = 1
            var count = 0
            let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM audit_log ORDER BY id")
            while let row = try cursor.next() {
                let id: Int64 = row["id"]
                count += 1
                func fail(_ message: String) -> AuditCheck { AuditCheck(entries: count, head: previous, problem: (id, message)) }
                if id != expectedID { return fail("entries \(expectedID) to \(id - 1) are missing: they were deleted") }
                if row["previous_hash"] as String != previous {
                    return fail("it does not follow entry \(id - 1): an entry before it was changed, inserted or deleted")
                }
                let details: String = row["details"]
                if details != ProgrammeStore.erasedDetails, AuditTrail.sha256Hex(Data(details.utf8)) != row["details_digest"] as String {
                    return fail("its details were edited after it was written")
                }
                let hash = AuditTrail.entryHash(
                    id: id, at: row["at"], actor: row["actor"], action: row["action"], record: row["record"],
                    detailsDigest: row["details_digest"], previous: row["previous_hash"])
                if hash != row["hash"] as String { return fail("its time, actor, action or record was edited after it was written") }
                previous = hash
                expectedID = id + 1
            }
            return AuditCheck(entries: count, head: previous, problem: nil)
        }
    }
}
