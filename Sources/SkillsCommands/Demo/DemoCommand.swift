import ArgumentParser
import Foundation
import SkillsCore
import SkillsStore

/// `skills demo`: a realistic demo programme written as the four CSV files and imported through the same importer.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Generate a realistic demo programme as CSV files and import them.",
        discussion: """
            Example:  skills demo --learners 2000 --seed 7 --files demo-data
            Creates the programme first if the database does not exist. The same seed gives the same programme.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: "How many learners.") var learners = 2000
    @Option(help: "The random seed.") var seed: UInt64 = 2026
    @Option(help: ArgumentHelp("Where to write the CSV files.", valueName: "dir")) var files = "demo-data"
    @Flag(help: "Only write the CSV files; import nothing.") var filesOnly = false

    func validate() throws {
        guard (1...2_000_000).contains(learners) else { throw ValidationError("--learners must be from 1 to 2000000") }
    }

    func run() throws {
        if !FileManager.default.fileExists(atPath: programme.databasePath) {
            var setup = try InitCommand.parse(["--name", "DigitalSkills Demo Programme"])
            setup.programme = programme
            try setup.run()
        }
        let store = try programme.openStore(for: .importData)
        let paths = try writeFiles(store)
        print("wrote the demo programme's CSV files to \(files)/")
        guard !filesOnly else { return }
        for kind in ImportKind.allCases {
            let summary = try CSVFileImport.run(
                store: store, kind: kind, path: paths[kind.rawValue]!, dryRun: false, allowOtherCentre: false, actor: programme.actorName)
            CSVFileImport.report(summary, file: paths[kind.rawValue]!)
            if !summary.problems.isEmpty { throw ExitCode(UserError.Kind.data.rawValue) }
        }
    }

    /// Writes centres.csv, tutors.csv, learners.csv and sessions.csv; returns their paths by kind.
    private func writeFiles(_ store: ProgrammeStore) throws -> [String: String] {
        try FileManager.default.createDirectory(atPath: files, withIntermediateDirectories: true)
        let demo = DemoProgramme(
            learners: learners, seed: seed, today: programme.clock.today,
            regions: try store.regions().map { ($0.code, $0.population) },
            outcomeOrder: try store.defaultCurriculum().outcomes.map(\.id))
        var writers: [DemoProgramme.File: CSVFileWriter] = [:]
        var paths: [String: String] = [:]
        for file in DemoProgramme.File.allCases {
            let path = (files as NSString).appendingPathComponent("\(file.rawValue).csv")
            writers[file] = try CSVFileWriter(path: path, header: DemoProgramme.headers[file]!)
            paths[file.rawValue] = path
        }
        try demo.generate { file, row in try writers[file]!.write(row) }
        for writer in writers.values { try writer.close() }
        return paths
    }
}
