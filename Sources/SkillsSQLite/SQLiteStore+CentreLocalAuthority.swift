import GRDB
import SkillsCore
import SkillsStore

extension SQLiteStore {
    public func setLocalAuthority(of ref: String, to authority: String, by authorisation: Authorisation) async throws {
        try write(authorisation, "centre.local-authority", record: "centre:\(ref)", details: ["local_authority": authority]) { db, _ in
            let id = try Self.requireCentre(db, ref)
            try db.execute(sql: "UPDATE centres SET local_authority = ? WHERE id = ?", arguments: [authority, id])
        }
    }
}
