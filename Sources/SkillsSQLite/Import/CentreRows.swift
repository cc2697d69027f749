import GRDB
import SkillsStore

/// `centres.csv`: centre_ref, name, region_code [, local_authority].
struct CentreRows: RowImporter {
    let db: Database
    let auditID: Int64
    /// The row rules every store shares.
    let check: CentreRowCheck

    init(_ db: Database, auditID: Int64) throws {
        self.db = db
        self.auditID = auditID
        check = CentreRowCheck(
            regions: try Row.fetchAll(db, sql: "SELECT code, name, name_cy FROM regions").map { ($0["code"], $0["name"], $0["name_cy"]) })
    }

    mutating func importRow(_ fields: FieldReader, problems: inout ImportProblems) throws -> RowResult {
        guard let centre = check.check(fields, &problems) else { return .rejected }
        let stored = try Row.fetchOne(
            db.cachedStatement(
                sql: "SELECT name, region_code, coalesce(local_authority, '') AS local_authority FROM centres WHERE ref = ?"),
            arguments: [centre.ref]
        ).map { row in
            [
                "name": row["name"] as String, "region_code": row["region_code"] as String,
                "local_authority": row["local_authority"] as String,
            ]
        }
        if let settled = fields.settle(centre, stored: stored, &problems) { return settled }
        try db.cachedStatement(sql: "INSERT INTO centres (ref, name, region_code, local_authority, audit_id) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [
                centre.ref, centre.name, centre.regionCode, centre.localAuthority.isEmpty ? nil : centre.localAuthority, auditID,
            ])
        return .inserted
    }

    /// Centre ref → row id, for the importers that resolve centres.
    static func identifiers(_ db: Database) throws -> [String: Int64] {
        Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT ref, id FROM centres").map { ($0["ref"], $0["id"]) })
    }
}
