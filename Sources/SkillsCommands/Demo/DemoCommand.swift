import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices

/// `skills demo`: a realistic programme written as the documented CSV files, then imported like any others.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Generate a realistic demo programme as CSV files and import them.",
        discussion: """
            Example:  skills demo --learners 2000 --seed 7 --files demo-data
            Creates the programme first in a new SQLite file or an empty PostgreSQL database. The same seed gives
            the same programme.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: "How many learners.") var learners = 2000
    @Option(help: "The random seed.") var seed: UInt64 = 2026
    @Option(help: ArgumentHelp("Where to write the CSV files.", valueName: "dir")) var files = "demo-data"
    @Flag(help: "Only write the CSV files; import nothing.") var filesOnly = false

    func validate() throws {
        guard (1...2_000_000).contains(learners) else { throw ValidationError("--learners must be from 1 to 2000000") }
    }

    func run() async throws {
        let services = try await servicesCreatingTheProgramme()
        let paths = try await DemoService(services).writeFiles(learners: learners, seed: seed, folder: files, by: programme.actorName)
        print("wrote the demo programme's CSV files to \(files)/")
        guard !filesOnly else { return }
        for (kind, path) in paths {
            let summary = try await CSVFileImport.run(
                ImportService(services), kind: kind, path: path, dryRun: false, allowOtherCentre: false, actor: programme.actorName)
            CSVFileImport.report(summary, file: path)
            if !summary.problems.isEmpty { throw ExitCode(UserError.Kind.data.rawValue) }
        }
    }

    /// The services over the programme, creating it first in a new SQLite file or in an empty PostgreSQL database.
    private func servicesCreatingTheProgramme() async throws -> ServiceContext {
        if programme.mayHoldProgramme {
            do { return try await programme.services() } catch ServiceError.noProgramme {}
        }
        var setup = try InitCommand.parse(["--name", "DigitalSkills Demo Programme"])
        setup.programme = programme
        try await setup.run()
        return try await programme.services()
    }
}
