import GRDB
import SkillsCore

extension ProgrammeStore {
    /// Records a centre's local authority (a name or GSS code), replacing what it had: how a coordinator fixes a centre
    /// the regional report could not place.
    public func setLocalAuthority(of ref: String, to authority: String, by actor: String) throws {
        try write(by: actor, "centre.local-authority", record: "centre:\(ref)", details: ["local_authority": authority]) { db, _ in
            let id = try Self.requireCentre(db, ref)
            try db.execute(sql: "UPDATE centres SET local_authority = ? WHERE id = ?", arguments: [authority, id])
        }
    }
}
