import Foundation
import PackagePlugin

/// Builds the shipped curricula, UK regions and verify page (for SkillsServices) and a target's own `Resources/` folder
/// (for any other target, such as the web server's style sheet) into the `skills` binary, so that a copy of the binary
/// alone, anywhere, can start a programme and serve it: no folder beside it, no environment variable.
@main
struct EmbedShippedData: BuildToolPlugin {
    /// The folders shipped inside the binary, and the kinds of file taken from each.
    static let shipped: [(folder: String, extensions: Set<String>)] = [
        ("Curricula", ["yaml", "yml"]), ("Reports/regions", ["csv"]), ("VerifyPage", ["html", "css", "js"]),
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let serviceData = target.name == "SkillsServices"
        let root = serviceData ? context.package.directoryURL : target.directoryURL
        let folders: [(folder: String, extensions: Set<String>)] =
            serviceData ? Self.shipped : [(folder: "Resources", extensions: ["css", "js", "json", "html"])]
        var inputs: [URL] = []
        for (folder, extensions) in folders {
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
