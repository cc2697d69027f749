import PostgresNIO
import SkillsCore
import SkillsStore

extension PostgresStore: CentreStore {
    public func addCentre(_ centre: Centre, by authorisation: Authorisation) async throws {
        try await write(authorisation, "centre.add", record: "centre:\(centre.ref)", details: ["name": centre.name]) {
            connection, auditID in
            guard try await connection.value("SELECT code FROM regions WHERE code = \(centre.regionCode)", as: String.self) != nil else {
                throw ServiceError.unknown(
                    .region, centre.regionCode, among: try await connection.values("SELECT code FROM regions", as: String.self))
            }
            if try await Self.centreID(connection, centre.ref) != nil { throw ServiceError.duplicate(.centre, centre.ref) }
            try await connection.execute(
                """
                INSERT INTO centres (ref, name, region_code, local_authority, audit_id)
                VALUES (\(centre.ref), \(centre.name), \(centre.regionCode), \(centre.localAuthority), \(auditID))
                """)
        }
    }

    public func setLocalAuthority(of ref: String, to authority: String, by authorisation: Authorisation) async throws {
        try await write(authorisation, "centre.local-authority", record: "centre:\(ref)", details: ["local_authority": authority]) {
            connection, _ in
            let id = try await Self.requireCentre(connection, ref)
            try await connection.execute("UPDATE centres SET local_authority = \(authority) WHERE id = \(id)")
        }
    }

    public func centres() async throws -> [Centre] {
        try await read { connection in
            try await connection.rows("SELECT ref, name, region_code, local_authority FROM centres ORDER BY ref").map {
                Centre(
                    ref: try $0.value("ref"), name: try $0.value("name"), regionCode: try $0.value("region_code"),
                    localAuthority: try $0.value("local_authority"))
            }
        }
    }

    public func centre(_ ref: String) async throws -> Centre {
        let all = try await centres()
        guard let centre = all.first(where: { $0.ref == ref }) else { throw ServiceError.unknown(.centre, ref, among: all.map(\.ref)) }
        return centre
    }

    static func centreID(_ connection: PostgresConnection, _ ref: String) async throws -> Int64? {
        try await connection.value("SELECT id FROM centres WHERE ref = \(ref)", as: Int64.self)
    }

    /// The row id of a centre, or an error naming the nearest known ref.
    static func requireCentre(_ connection: PostgresConnection, _ ref: String) async throws -> Int64 {
        if let id = try await centreID(connection, ref) { return id }
        throw ServiceError.unknown(.centre, ref, among: try await connection.values("SELECT ref FROM centres", as: String.self))
    }

    /// An unknown reference of some kind, with the nearest of the refs in a table's `ref` column.
    func unknown(_ kind: RecordKind, _ value: String, refsIn table: String) async throws -> ServiceError {
        let known = try await read { try await $0.values(PostgresQuery(unsafeSQL: "SELECT ref FROM \(table)"), as: String.self) }
        return .unknown(kind, value, among: known)
    }
}
