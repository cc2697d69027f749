import Foundation
import SkillsCore
import SkillsStore

/// Backing up and restoring a programme kept in one file.
public struct BackupService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// A checked copy of the whole programme in a new file, taken while others keep working. The signing key is not
    /// in it: that lives in its own file.
    public func backup(to path: String, by actor: String) async throws -> AuditCheck {
        try await context.gate.check(Authorisation(actor, .manageProgramme))
        // A dated backup usually goes into a backups folder that the first run must make.
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw ServiceError.file(.cannotCreateFolder(path: folder))
            }
        }
        return try await fileStore().backup(to: path)
    }

    /// Replaces the programme with a checked backup; recorded in the audit trail as the first change after it.
    public func restore(from path: String, by actor: String) async throws -> AuditCheck {
        try await context.gate.check(Authorisation(actor, .manageRoles))
        return try await restoreIntoEmpty(from: path, by: actor)
    }

    /// Restores into a store that holds no programme yet, so nobody can be asked for their role.
    public func restoreIntoEmpty(from path: String, by actor: String) async throws -> AuditCheck {
        _ = try await fileStore().restore(from: path)
        try await context.store.recordRestore(from: path, by: actor)
        return try await context.store.verifyAudit()
    }

    private func fileStore() throws -> any BackupStore {
        guard let store = context.store as? any BackupStore else {
            throw ServiceError.invalid(field: "db", value: context.store.location, "this store is backed up with its own tools")
        }
        return store
    }
}
