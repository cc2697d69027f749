import SkillsCore
import SkillsStore

/// Curricula and regions: loading the files that define what is learnt and where, and reading them back.
public struct CurriculumService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// Checks a curriculum file and loads it; a changed file becomes a new version. Returns what was loaded.
    public func load(file: String, by actor: String) async throws -> (CurriculumLoad, Curriculum) {
        try await context.gate.check(Authorisation(actor, .manageProgramme))
        let curriculum = try CurriculumYAML.read(try TextFile.read(file), file: file)
        let load = try await context.gate.recordingRefusal {
            try await context.store.loadCurriculum(curriculum, by: Authorisation(actor, .manageProgramme))
        }
        return (load, curriculum)
    }

    /// The newest version of every curriculum.
    public func list(by actor: String) async throws -> [CurriculumSummary] {
        try await context.gate.check(Authorisation(actor, .read))
        return try await context.store.curriculumSummaries()
    }

    /// One curriculum: its newest version, or a given one.
    public func show(_ id: String, version: Int?, by actor: String) async throws -> Curriculum {
        try await context.gate.check(Authorisation(actor, .read))
        return try await context.store.curriculum(id: id, version: version)
    }

    /// Loads regions from a CSV file (Reports/README.md); a coordinator's own figures replace the shipped ones.
    public func loadRegions(file: String, by actor: String) async throws -> [Region] {
        try await context.gate.check(Authorisation(actor, .manageProgramme))
        let regions = try RegionsCSV.read(try TextFile.read(file), file: file)
        try await context.gate.recordingRefusal {
            try await context.store.loadRegions(regions, source: file, by: Authorisation(actor, .manageProgramme))
        }
        return regions
    }

    /// Every region, by code.
    public func regions(by actor: String) async throws -> [Region] {
        try await context.gate.check(Authorisation(actor, .read))
        return try await context.store.regions()
    }
}
