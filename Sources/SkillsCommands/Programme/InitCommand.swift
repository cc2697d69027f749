import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices
import SkillsStoreFactory

/// `skills init`: creates the programme database and loads the shipped curricula and regions.
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a programme: the database, the shipped curricula and the UK regions.",
        discussion: "Example:  skills init --name \"Cardiff Libraries Digital Champions\""
    )

    @OptionGroup var programme: ProgrammeOptions

    @Option(help: "The programme's name, printed on certificates.")
    var name = "DigitalSkills Programme"

    @Option(
        help: ArgumentHelp(
            "The https:// address where the page from `skills certificate verify-page` is published; QR codes open it.",
            valueName: "url"))
    var verifyURL: String?

    func run() async throws {
        let location = try programme.location
        try ProgrammeService.checkSettings(name: name, verifyURL: verifyURL)
        let keyFile = programme.signingKey
        switch location {
        case .sqlite(let path):
            if FileManager.default.fileExists(atPath: path) {
                throw UserError(.data, "'\(path)' already exists — use it as it is, or choose another file with --db PATH")
            }
        case .postgres:
            if keyFile.path.isEmpty {
                throw UserError(
                    .usage,
                    "a PostgreSQL programme keeps its signing key outside the database — set SKILLS_KEY to the file to create it in")
            }
        }
        if keyFile.exists {
            throw UserError(
                .data,
                "a signing key already exists at '\(keyFile.path)' — move it away or set SKILLS_KEY before creating a new programme")
        }
        let actor = programme.actorName
        let created: ProgrammeService.Creation
        do {
            let store = try await location.create(clock: programme.clock)
            created = try await ProgrammeService(ServiceContext(store: store, clock: programme.clock)).create(
                name: name, verifyURL: verifyURL, founder: actor, keyFile: keyFile)
        } catch {
            // Leave no half-made programme file behind: the next `skills init` must find the path free.
            if case .sqlite(let path) = location {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
            throw error
        }
        for (file, load, curriculum) in created.curricula {
            print(
                "loaded curriculum \(load.id) version \(load.version) from \(file): \(curriculum.modules.count) modules, \(curriculum.outcomes.count) outcomes"
            )
        }
        print("loaded \(created.regions) regions from \(created.regionsFile)")
        print("created the certificate signing key \(created.keyFile) (only you can read it; back it up)")
        print("created programme '\(name)' in \(location.description); '\(actor)' is its administrator")
    }
}
