import ArgumentParser
import Foundation
import SkillsCore
import SkillsStore

/// `skills init`: creates the programme database and loads the shipped curricula and regions.
struct InitCommand: ParsableCommand {
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

    func run() throws {
        let path = programme.databasePath
        let address = try verifyURL.map { try VerifyAddress.checked($0).get() }
        if FileManager.default.fileExists(atPath: path) {
            throw UserError(.data, "'\(path)' already exists — use it as it is, or choose another file with --db PATH")
        }
        if FileManager.default.fileExists(atPath: SigningKeyFile(database: path).path) {
            throw UserError(
                .data,
                "a signing key already exists at '\(SigningKeyFile(database: path).path)' — move it away or set SKILLS_KEY before creating a new programme"
            )
        }
        let curricula = try ShippedData.curriculumFiles().map { url in
            (url, try CurriculumYAML.read(try TextFile.read(url.path), file: url.path))
        }
        let regionsURL = try ShippedData.regionsFile()
        let regions = try RegionsCSV.read(try TextFile.read(regionsURL.path), file: regionsURL.path)
        let store = try ProgrammeStore.create(path: path, clock: programme.clock)
        let actor = programme.actorName
        try store.initialise(name: try Arguments.name(name, flag: "--name"), verifyURL: address, by: actor)
        try store.addActor(ProgrammeActor(name: actor, role: .administrator, centreRef: nil), by: actor)
        try store.loadRegions(regions, source: regionsURL.lastPathComponent, by: actor)
        let keyFile = SigningKeyFile(database: path)
        let key = try keyFile.create()
        try store.registerSigningKey(
            id: SigningKeyFile.keyID(key.publicKey.rawRepresentation), publicKey: key.publicKey.rawRepresentation, by: actor)
        for (url, curriculum) in curricula {
            let load = try store.loadCurriculum(curriculum, by: actor)
            print(
                "loaded curriculum \(load.id) version \(load.version) from \(url.lastPathComponent): \(curriculum.modules.count) modules, \(curriculum.outcomes.count) outcomes"
            )
        }
        print("loaded \(regions.count) regions from \(regionsURL.lastPathComponent)")
        print("created the certificate signing key \(keyFile.path) (only you can read it; back it up)")
        print("created programme '\(name)' in \(path); '\(actor)' is its administrator")
    }
}
