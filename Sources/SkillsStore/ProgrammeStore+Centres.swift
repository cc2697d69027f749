import GRDB
import SkillsCore

extension ProgrammeStore {
    /// Adds a centre in a known region.
    public func addCentre(_ centre: Centre, by actor: String) throws {
        try write(by: actor, "centre.add", record: "centre:\(centre.ref)", details: ["name": centre.name]) { db, auditID in
            guard try String.fetchOne(db, sql: "SELECT code FROM regions WHERE code = ?", arguments: [centre.regionCode]) != nil else {
                let known = try String.fetchAll(db, sql: "SELECT code FROM regions")
                throw UserError.unknown("region", centre.regionCode, known: known, listCommand: "skills region list")
            }
            if try Self.centreID(db, centre.ref) != nil {
                throw UserError(.data, "centre '\(centre.ref)' already exists — choose another ref")
            }
            try db.execute(
                sql: "INSERT INTO centres (ref, name, region_code, local_authority, audit_id) VALUES (?, ?, ?, ?, ?)",
                arguments: [centre.ref, centre.name, centre.regionCode, centre.localAuthority, auditID])
        }
    }

    /// Every centre, by ref.
    public func centres() throws -> [Centre] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT ref, name, region_code, local_authority FROM centres ORDER BY ref").map {
                Centre(ref: $0["ref"], name: $0["name"], regionCode: $0["region_code"], localAuthority: $0["local_authority"])
            }
        }
    }

    /// One centre.
    public func centre(_ ref: String) throws -> Centre {
        guard let centre = try centres().first(where: { $0.ref == ref }) else {
            throw UserError.unknown("centre", ref, known: try centres().map(\.ref), listCommand: "skills centre list")
        }
        return centre
    }

    static func centreID(_ db: Database, _ ref: String) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM centres WHERE ref = ?", arguments: [ref])
    }

    /// The row id of a centre, or an error naming the nearest known ref.
    static func requireCentre(_ db: Database, _ ref: String) throws -> Int64 {
        if let id = try centreID(db, ref) { return id }
        let known = try String.fetchAll(db, sql: "SELECT ref FROM centres")
        throw UserError.unknown("centre", ref, known: known, listCommand: "skills centre list")
    }
}
