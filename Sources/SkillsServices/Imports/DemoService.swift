import Foundation
import SkillsCore
import SkillsStore

/// The demo programme: realistic CSV files for a programme's regions and curriculum, imported like any others.
public struct DemoService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// Writes the four demo CSV files into `folder`; returns each file's path by kind, in import order.
    public func writeFiles(learners: Int, seed: UInt64, folder: String, by actor: String) async throws -> [(ImportKind, String)] {
        try await context.gate.check(Authorisation(actor, .importData))
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ServiceError.file(.cannotCreateFolder(path: folder))
        }
        let demo = DemoProgramme(
            learners: learners, seed: seed, today: context.clock.today,
            regions: try await context.store.regions().map { ($0.code, $0.population) },
            outcomeOrder: try await context.store.defaultCurriculum().outcomes.map(\.id))
        var writers: [DemoProgramme.File: CSVFileWriter] = [:]
        var paths: [String: String] = [:]
        for file in DemoProgramme.File.allCases {
            let path = (folder as NSString).appendingPathComponent("\(file.rawValue).csv")
            writers[file] = try CSVFileWriter(path: path, header: DemoProgramme.headers[file]!)
            paths[file.rawValue] = path
        }
        try demo.generate { file, row in try writers[file]!.write(row) }
        for writer in writers.values { try writer.close() }
        return ImportKind.allCases.map { ($0, paths[$0.rawValue]!) }
    }
}
