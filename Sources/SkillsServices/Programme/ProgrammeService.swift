import Foundation
import SkillsCore
import SkillsStore

/// The programme itself: creating one with the shipped curricula, regions and a signing key, and its settings.
public struct ProgrammeService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// What creating a programme did.
    public struct Creation: Sendable {
        /// Each curriculum loaded, with the file it came from.
        public var curricula: [(file: String, load: CurriculumLoad, curriculum: Curriculum)]
        public var regionsFile: String
        public var regions: Int
        public var keyFile: String
    }

    /// Creates a programme in an empty store: its founder becomes its administrator; the shipped regions and
    /// curricula are loaded; a new signing key is written to `keyFile` and its public half recorded.
    public func create(name: String, verifyURL: String?, founder: String, keyFile: SigningKeyFile) async throws -> Creation {
        try Self.checkSettings(name: name, verifyURL: verifyURL)
        let verifyURL = try verifyURL.map { try VerifyAddress.checked($0).get() }
        if keyFile.exists { throw ServiceError.signingKey(.cannotCreate(path: keyFile.path, reason: "a key is already there")) }
        let curricula = try ShippedData.curricula.map { file in (file.name, try CurriculumYAML.read(file.text, file: file.path)) }
        let regionsFile = ShippedData.regions
        let regions = try RegionsCSV.read(regionsFile.text, file: regionsFile.path)
        let store = context.store
        try await store.initialise(name: name.trimmingCharacters(in: .whitespaces), verifyURL: verifyURL, by: founder)
        try await store.loadRegions(regions, source: regionsFile.name, by: Authorisation(founder, .manageProgramme))
        let key = try keyFile.create()
        try await store.registerSigningKey(
            id: SigningKeyFile.keyID(key.publicKey.rawRepresentation), publicKey: key.publicKey.rawRepresentation,
            by: Authorisation(founder, .manageRoles))
        var loaded: [(file: String, load: CurriculumLoad, curriculum: Curriculum)] = []
        for (file, curriculum) in curricula {
            loaded.append((file, try await store.loadCurriculum(curriculum, by: Authorisation(founder, .manageProgramme)), curriculum))
        }
        return Creation(curricula: loaded, regionsFile: regionsFile.name, regions: regions.count, keyFile: keyFile.path)
    }

    /// Checks a new programme's name and verify address before anything is created.
    public static func checkSettings(name: String, verifyURL: String?) throws {
        var problems = [FieldValidation.name("name", name)]
        if let verifyURL, case .failure(.invalid(let invalid)) = VerifyAddress.checked(verifyURL) { problems += invalid }
        try FieldValidation.check(problems)
    }

    /// Sets the https:// address certificates' QR codes open, once checked; returns it tidied.
    public func setVerifyURL(_ url: String, by actor: String) async throws -> String {
        let address = try VerifyAddress.checked(url).get()
        try await context.gate.recordingRefusal {
            try await context.store.setVerifyURL(address, by: Authorisation(actor, .manageProgramme))
        }
        return address
    }

    /// The programme's name and settings.
    public func info() async throws -> ProgrammeInfo {
        try await context.store.programme()
    }
}
