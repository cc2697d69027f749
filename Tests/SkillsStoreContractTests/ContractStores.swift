import Foundation
import SkillsCore
import SkillsSQLite
import SkillsStore

/// The store implementations the contract runs against, each made fresh and empty for every test.
enum ContractStores {
    /// The day every store believes it is.
    static let today = Day(iso: "2026-11-26")!

    /// The names of the implementations available here.
    static let kinds = ["sqlite"]

    /// A new, empty store of a kind.
    static func make(_ kind: String) throws -> any ProgrammeStore {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("skills-contract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try SQLiteStore.create(path: folder.appendingPathComponent("programme.sqlite").path, clock: .fixed(today))
    }
}
