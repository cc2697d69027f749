import GRDB
import SkillsCore
import SkillsStore

extension SQLiteStore: CentreStore {
    public func addCentre(_ centre: Centre, by authorisation: Authorisation) async throws {
        try write(authorisation, "centre.add", record: "centre:\(centre.ref)", details: ["name": centre.name]) { db, auditID in
            guard try String.fetchOne(db, sql: "SELECT code FROM regions WHERE code = ?", arguments: [centre.regionCode]) != nil else {
                let known = try String.fetchAll(db, sql: "SELECT code FROM regions")
                throw ServiceError.unknown(.region, centre.regionCode, among: known)
            }
            if try Self.centreID(db, centre.ref) != nil { throw ServiceError.duplicate(.centre, centre.ref) }
            try db.execute(
                sql: "INSERT INTO centres (ref, name, region_code, local_authority, audit_id) VALUES (?, ?, ?, ?, ?)",
                arguments: [centre.ref, centre.name, centre.regionCode, centre.localAuthority, auditID])
        }
    }

    public func centres() async throws -> [Centre] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT ref, name, region_code, local_authority FROM centres ORDER BY ref").map {
                Centre(ref: $0["ref"], name: $0["name"], regionCode: $0["region_code"], localAuthority: $0["local_authority"])
            }
        }
    }

    public func centre(_ ref: String) async throws -> Centre {
        guard let centre = try await centres().first(where: { $0.ref == ref }) else {
            throw try unknown(.centre, ref, refsIn: "centres")
        }
        return centre
    }

    static func centreID(_ db: Database, _ ref: String) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM centres WHERE ref = ?", arguments: [ref])
    }

    /// The row id of a centre, or an error naming the nearest known ref.
    static func requireCentre(_ db: Database, _ ref: String) throws -> Int64 {
        if let id = try centreID(db, ref) { return id }
        throw ServiceError.unknown(.centre, ref, among: try String.fetchAll(db, sql: "SELECT ref FROM centres"))
    }
}
