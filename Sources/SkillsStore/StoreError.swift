import GRDB
import SkillsCore

extension UserError {
    /// No programme database where one was expected.
    static func noProgramme(at path: String) -> UserError {
        UserError(.noInput, "no programme at '\(path)' — create one with `skills init` or point to it with --db PATH")
    }

    /// A database that SQLite cannot read: one line, with what to try.
    static func unreadable(_ path: String, _ error: any Error) -> UserError {
        let reason = (error as? DatabaseError)?.message ?? "\(error)"
        return UserError(.data, "cannot read the programme at '\(path)': \(reason) — check the path, or restore it from a backup")
    }
}
