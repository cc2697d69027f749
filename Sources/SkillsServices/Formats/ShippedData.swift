import SkillsCore

/// The files shipped inside the binary (`Curricula/`, `Reports/regions/`, `VerifyPage/`), built in by the
/// `EmbedShippedData` plugin, so that `skills` needs nothing beside it to start a programme.
enum ShippedData {
    /// One shipped file: its path in the package, for messages and records, and its text.
    struct File {
        var path: String
        var text: String

        /// The file's name without its folder.
        var name: String { String(path.split(separator: "/").last ?? Substring(path)) }
    }

    /// The shipped files in a folder, by name.
    static func files(in folder: String) -> [File] {
        ShippedFiles.texts.filter { $0.key.hasPrefix(folder + "/") }.map { File(path: $0.key, text: $0.value) }.sorted {
            $0.path < $1.path
        }
    }

    /// One shipped file; its absence is a build fault, not something a user can fix.
    static func file(_ path: String) -> File {
        guard let text = ShippedFiles.texts[path] else { preconditionFailure("\(path) is not built into skills") }
        return File(path: path, text: text)
    }

    /// The shipped curricula.
    static var curricula: [File] { files(in: "Curricula") }

    /// The shipped UK regions.
    static var regions: File { file("Reports/regions/uk-itl1.csv") }

    /// The shipped table of current UK local authorities, for drill-down below a region.
    static var localAuthorities: File { file("Reports/regions/uk-local-authorities.csv") }
}
