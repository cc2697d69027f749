import Foundation
import PackagePlugin

/// Builds the shipped curricula, UK regions and verify page into the `skills` binary, so that a copy of the binary
/// alone, anywhere, can start a programme: no folder beside it, no environment variable.
@main
struct EmbedShippedData: BuildToolPlugin {
    /// The folders shipped inside the binary, and the kinds of file taken from each.
    static let shipped: [(folder: String, extensions: Set<String>)] = [
        ("Curricula", ["yaml", "yml"]), ("Reports/regions", ["csv"]), ("VerifyPage", ["html", "css", "js"]),
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var inputs: [URL] = []
        for (folder, extensions) in Self.shipped {
            let names = try FileManager.default.contentsOfDirectory(atPath: root.appending(path: folder).path)
            inputs += names.filter { extensions.contains(($0 as NSString).pathExtension) }.sorted().map {
                root.appending(path: folder).appending(path: $0)
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "ShippedFiles.swift")
        let relative = inputs.map { String($0.path.dropFirst(root.path.count + 1)) }
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) shipped files", executable: try context.tool(named: "ShippedDataEmbedder").url,
                arguments: [root.path, output.path] + relative, inputFiles: inputs, outputFiles: [output])
        ]
    }
}
