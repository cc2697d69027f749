/// Whole-programme copies, for stores kept in one file: a consistent copy taken while others keep working, and a
/// copy put back. A server database has its own tools for this (docs/deployment.md).
public protocol BackupStore: Sendable {
    /// Copies the whole programme into a new file while others keep working, then checks the copy's integrity and
    /// audit chain; returns the copy's chain.
    func backup(to path: String) async throws -> AuditCheck
    /// Checks a backup's integrity and audit chain, then replaces this store's whole content with it; returns the
    /// restored chain.
    func restore(from path: String) async throws -> AuditCheck
}
