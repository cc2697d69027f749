import Foundation
import GRDB
import SkillsCore

extension ProgrammeStore {
    /// Sets the public address certificates' QR codes open; certificates issued from now on carry it.
    public func setVerifyURL(_ url: String, by actor: String) throws {
        try write(by: actor, "programme.verify-url", record: "programme", details: ["verifyURL": url]) { db, _ in
            try db.execute(sql: "UPDATE programme SET verify_url = ?", arguments: [url])
        }
    }
}
