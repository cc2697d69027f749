import GRDB
import SkillsCore
import SkillsStore

/// `centres.csv`: centre_ref, name, region_code [, local_authority].
struct CentreRows: RowImporter {
    static let required = ImportKind.centres.columns.required
    static let optional = ImportKind.centres.columns.optional

    let db: Database
    let auditID: Int64
    let regions: Set<String>
    /// Regions by code or name, so a spreadsheet may say `Wales`.
    let lookup: RegionLookup

    init(_ db: Database, auditID: Int64) throws {
        self.db = db
        self.auditID = auditID
        let rows = try Row.fetchAll(db, sql: "SELECT code, name, name_cy FROM regions")
        regions = Set(rows.map { $0["code"] })
        lookup = RegionLookup(rows.map { ($0["code"], $0["name"], $0["name_cy"]) })
    }

    mutating func importRow(_ fields: FieldReader, problems: inout ImportProblems) throws -> RowResult {
        let ref = fields.reference("centre_ref", &problems)
        let name = fields.name("name", &problems)
        let written = fields.text("region_code")
        let region = lookup.code(for: written) ?? written
        var ok = true
        if !regions.contains(region) {
            let hint = NearestMatch.best(for: region, among: regions).map { " — did you mean '\($0)'?" } ?? " — see `skills region list`"
            problems.add(line: fields.record.line, column: fields.column("region_code"), "no region '\(region)'\(hint)")
            ok = false
        }
        guard let ref, let name, ok else { return .rejected }
        let authority = fields.text("local_authority")
        let incoming = ["name": name, "region_code": region, "local_authority": authority]
        if let row = try Row.fetchOne(
            db.cachedStatement(
                sql: "SELECT name, region_code, coalesce(local_authority, '') AS local_authority FROM centres WHERE ref = ?"),
            arguments: [ref])
        {
            let stored = [
                "name": row["name"] as String, "region_code": row["region_code"] as String,
                "local_authority": row["local_authority"] as String,
            ]
            if stored == incoming { return .present }
            problems.add(
                line: fields.record.line, column: fields.column("centre_ref"),
                conflictMessage("centre '\(ref)'", stored: stored, incoming: incoming))
            return .rejected
        }
        try db.cachedStatement(sql: "INSERT INTO centres (ref, name, region_code, local_authority, audit_id) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [ref, name, region, authority.isEmpty ? nil : authority, auditID])
        return .inserted
    }

    /// Centre ref → row id, for the importers that resolve centres.
    static func identifiers(_ db: Database) throws -> [String: Int64] {
        Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT ref, id FROM centres").map { ($0["ref"], $0["id"]) })
    }
}
