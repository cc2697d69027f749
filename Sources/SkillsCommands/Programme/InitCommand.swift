import ArgumentParser
import Foundation
import SkillsCore
import SkillsSQLite
import SkillsServices

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
        let path = programme.databasePath
        try ProgrammeService.checkSettings(name: name, verifyURL: verifyURL)
        if FileManager.default.fileExists(atPath: path) {
            throw UserError(.data, "'\(path)' already exists — use it as it is, or choose another file with --db PATH")
        }
        let keyFile = programme.signingKey
        if keyFile.exists {
            throw UserError(
                .data,
                "a signing key already exists at '\(keyFile.path)' — move it away or set SKILLS_KEY before creating a new programme")
        }
        let actor = programme.actorName
        let created: ProgrammeService.Creation
        do {
            let store = try SQLiteStore.create(path: path, clock: programme.clock)
            created = try await ProgrammeService(ServiceContext(store: store, clock: programme.clock)).create(
                name: name, verifyURL: verifyURL, founder: actor, keyFile: keyFile)
        } catch {
            // Leave no half-made programme behind: the next `skills init` must find the path free.
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            throw error
        }
        for (file, load, curriculum) in created.curricula {
            print(
                "loaded curriculum \(load.id) version \(load.version) from \(file): \(curriculum.modules.count) modules, \(curriculum.outcomes.count) outcomes"
            )
        }
        print("loaded \(created.regions) regions from \(created.regionsFile)")
        print("created the certificate signing key \(created.keyFile) (only you can read it; back it up)")
        print("created programme '\(name)' in \(path); '\(actor)' is its administrator")
    }
}
