import Foundation
import SkillsCore
import SkillsStore

/// Where a certificate's files live, and whether this database may delete them.
///
/// Each certificate records the folder it was issued into (relative to the database's folder when it can be, so a
/// programme moved together with its certificates still finds them) and its path inside that folder. The folder
/// holds a small owner file naming the database that issued into it; files are deleted only when this database is
/// that owner and the file lies inside the folder, so a command run on a copy of the database never deletes the
/// original's files.
public enum CertificateFolder {
    /// The owner file's name inside an output folder.
    public static let ownerFileName = ".skills-owner"

    /// The folder as the database stores it: relative to the database's folder.
    public static func stored(_ folder: URL, database: String) -> String {
        let base = databaseFolder(database).standardizedFileURL.pathComponents
        let target = folder.standardizedFileURL.pathComponents
        let shared = zip(base, target).prefix { $0 == $1 }.count
        guard shared > 1 else { return folder.standardizedFileURL.path }
        let parts = Array(repeating: "..", count: base.count - shared) + target.dropFirst(shared)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// The folder a stored value names.
    public static func resolve(_ stored: String, database: String) -> URL {
        if stored.hasPrefix("/") { return URL(fileURLWithPath: stored).standardizedFileURL }
        return databaseFolder(database).appendingPathComponent(stored).standardizedFileURL
    }

    /// A certificate's PDF (or first PNG's base) file.
    public static func file(of record: CertificateRecord, database: String) -> URL {
        guard let folder = record.outputFolder else { return URL(fileURLWithPath: record.filePath) }
        return resolve(folder, database: database).appendingPathComponent(record.filePath)
    }

    /// Claims `folder` for the database, writing its owner file when there is none; fails when another database
    /// issued into it.
    public static func claim(_ folder: URL, database: String) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if let other = owner(of: folder) {
            guard other == identity(database) else {
                throw ServiceError.file(.ownedByAnotherDatabase(folder: folder.path, owner: other))
            }
            return
        }
        try Data((identity(database) + "\n").utf8).write(to: folder.appendingPathComponent(ownerFileName), options: .atomic)
    }

    /// Whether `file` lies inside `folder` once `.` and `..` are resolved: the second guard, after refs that can never
    /// be `.` or `..`, against writing anywhere else.
    public static func isInside(_ file: URL, folder: URL) -> Bool {
        file.standardizedFileURL.path.hasPrefix(folder.standardizedFileURL.path + "/")
    }

    /// Whether this database issued into `folder`.
    public static func isOwned(_ folder: URL, database: String) -> Bool {
        owner(of: folder) == identity(database)
    }

    /// The files of a certificate this database may delete: those inside a folder it owns. Certificates issued
    /// before folders were recorded name no folder, so their files are left alone.
    public static func removableFiles(of record: CertificateFile, database: String) -> [URL] {
        guard let stored = record.outputFolder else { return [] }
        let folder = resolve(stored, database: database)
        guard isOwned(folder, database: database) else { return [] }
        let pdf = folder.appendingPathComponent(record.filePath).standardizedFileURL
        guard pdf.path.hasPrefix(folder.path + "/") else { return [] }
        let base = pdf.deletingPathExtension().path
        return ([pdf.path, base + ".png"] + (2...9).map { base + "-\($0).png" }).map { URL(fileURLWithPath: $0) }
    }

    /// The database's real path, which tells a copy from the original.
    static func identity(_ database: String) -> String {
        let url = URL(fileURLWithPath: database).standardizedFileURL
        return url.resolvingSymlinksInPath().path
    }

    private static func owner(of folder: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(ownerFileName).path) else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func databaseFolder(_ database: String) -> URL {
        URL(fileURLWithPath: database).standardizedFileURL.deletingLastPathComponent()
    }
}
