import Foundation
import GRDB
import SkillsCore
import SkillsStore

extension SQLiteStore: CurriculumStore {
    public func loadCurriculum(_ curriculum: Curriculum, by authorisation: Authorisation) async throws -> CurriculumLoad {
        var unversioned = curriculum
        unversioned.version = 0
        let digest = AuditChain.sha256Hex(try Self.encoder.encode(unversioned))
        let latest = try read { db in
            try Row.fetchOne(
                db, sql: "SELECT version, content_digest FROM curriculum_versions WHERE curriculum_id = ? ORDER BY version DESC LIMIT 1",
                arguments: [curriculum.id])
        }
        if let latest, latest["content_digest"] == digest {
            return CurriculumLoad(id: curriculum.id, version: latest["version"], changed: false)
        }
        var stored = curriculum
        stored.version = max(curriculum.version, (latest?["version"] as Int? ?? 0) + 1)
        let definition = String(decoding: try Self.encoder.encode(stored), as: UTF8.self)
        try write(authorisation, "curriculum.load", record: "curriculum:\(curriculum.id)", details: ["version": String(stored.version)]) {
            db, auditID in
            let codes = curriculum.outcomes.map(\.id)
            let clash = try String.fetchOne(
                db,
                sql:
                    "SELECT code || ' (in ' || v.curriculum_id || ')' FROM outcomes o JOIN curriculum_versions v ON v.id = o.curriculum_version_id WHERE v.curriculum_id <> ? AND o.code IN (SELECT value FROM json_each(?)) LIMIT 1",
                arguments: [curriculum.id, String(decoding: try JSONEncoder().encode(codes), as: UTF8.self)])
            if let clash {
                throw ServiceError.conflict(.outcomeIDTaken(clash))
            }
            try db.execute(
                sql:
                    "INSERT INTO curriculum_versions (curriculum_id, version, content_digest, definition, loaded_at, audit_id) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [curriculum.id, stored.version, digest, definition, timestamp(), auditID])
            let versionID = db.lastInsertedRowID
            var position = 0
            for module in curriculum.modules {
                for outcome in module.outcomes {
                    position += 1
                    try db.execute(
                        sql: "INSERT INTO outcomes (curriculum_version_id, code, module_code, area_code, position) VALUES (?, ?, ?, ?, ?)",
                        arguments: [versionID, outcome.id, module.id, module.area, position])
                }
            }
        }
        return CurriculumLoad(id: curriculum.id, version: stored.version, changed: true)
    }

    public func curriculumSummaries() async throws -> [CurriculumSummary] {
        try latestCurricula().map { curriculum, loadedAt in
            CurriculumSummary(
                id: curriculum.id, version: curriculum.version, title: curriculum.title, framework: curriculum.framework,
                areas: curriculum.areas.count, modules: curriculum.modules.count, outcomes: curriculum.outcomes.count,
                loadedAt: loadedAt)
        }
    }

    public func curriculum(id: String, version: Int?) async throws -> Curriculum {
        var conditions = SQLConditions()
        conditions.add("curriculum_id = ?", id)
        conditions.add("version = ?", version)
        let definition = try read { db in
            try String.fetchOne(
                db, sql: "SELECT definition FROM curriculum_versions \(conditions.whereClause) ORDER BY version DESC LIMIT 1",
                arguments: conditions.arguments)
        }
        guard let definition else {
            throw ServiceError.unknown(.curriculum, id, among: try latestCurricula().map(\.0.id))
        }
        return try Self.decoder.decode(Curriculum.self, from: Data(definition.utf8))
    }

    public func curriculumVersions() async throws -> [Curriculum] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT definition FROM curriculum_versions ORDER BY id").map {
                try Self.decoder.decode(Curriculum.self, from: Data($0.utf8))
            }
        }
    }

    public func defaultCurriculum() async throws -> Curriculum {
        guard let first = try latestCurricula().first?.0 else { throw ServiceError.conflict(.noCurriculum) }
        return first
    }

    /// Each curriculum's newest version with when it was loaded, in the order curricula were first loaded.
    func latestCurricula() throws -> [(Curriculum, String)] {
        try read(Self.latestCurricula)
    }

    /// The same, read inside a transaction already open.
    static func latestCurricula(_ db: Database) throws -> [(Curriculum, String)] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT definition, loaded_at FROM curriculum_versions v
                WHERE version = (SELECT max(version) FROM curriculum_versions WHERE curriculum_id = v.curriculum_id)
                ORDER BY (SELECT min(id) FROM curriculum_versions WHERE curriculum_id = v.curriculum_id)
                """)
        return try rows.map { row in
            (try decoder.decode(Curriculum.self, from: Data((row["definition"] as String).utf8)), row["loaded_at"])
        }
    }

    /// Whether an outcome code belongs to the current version of a curriculum: one probe of the code's index, so a
    /// recording need not read every outcome.
    func isCurrentOutcome(_ db: Database, _ code: String) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT EXISTS (SELECT 1 FROM outcomes o JOIN curriculum_versions v ON v.id = o.curriculum_version_id
                    WHERE o.code = ? AND v.version = (SELECT max(version) FROM curriculum_versions WHERE curriculum_id = v.curriculum_id))
                    """),
            arguments: [code]) ?? false
    }

    /// Outcome code → its row in the newest version of its curriculum, for recording achievements.
    func currentOutcomeRows(_ db: Database) throws -> [String: Int64] {
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT o.code, o.id FROM outcomes o JOIN curriculum_versions v ON v.id = o.curriculum_version_id
                    WHERE v.version = (SELECT max(version) FROM curriculum_versions WHERE curriculum_id = v.curriculum_id)
                    """))
        return Dictionary(rows.map { ($0["code"], $0["id"]) }, uniquingKeysWith: { first, _ in first })
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static var decoder: JSONDecoder { JSONDecoder() }
}
