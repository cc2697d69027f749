import Foundation
import PostgresNIO
import SkillsCore
import SkillsStore

extension PostgresStore: CurriculumStore {
    public func loadCurriculum(_ curriculum: Curriculum, by authorisation: Authorisation) async throws -> CurriculumLoad {
        var unversioned = curriculum
        unversioned.version = 0
        let digest = AuditChain.sha256Hex(try Self.encoder.encode(unversioned))
        let latest = try await read { connection in
            try await connection.rows(
                """
                SELECT version, content_digest FROM curriculum_versions WHERE curriculum_id = \(curriculum.id)
                ORDER BY version DESC LIMIT 1
                """
            ).first.map { (version: try $0.value("version", as: Int.self), digest: try $0.value("content_digest", as: String.self)) }
        }
        if let latest, latest.digest == digest {
            return CurriculumLoad(id: curriculum.id, version: latest.version, changed: false)
        }
        var stored = curriculum
        stored.version = max(curriculum.version, (latest?.version ?? 0) + 1)
        let definition = String(decoding: try Self.encoder.encode(stored), as: UTF8.self)
        try await write(
            authorisation, "curriculum.load", record: "curriculum:\(curriculum.id)", details: ["version": String(stored.version)]
        ) {
            connection, auditID in
            let codes = curriculum.outcomes.map(\.id)
            if let clash = try await connection.value(
                """
                SELECT code || ' (in ' || v.curriculum_id || ')' FROM outcomes o JOIN curriculum_versions v ON v.id = o.curriculum_version_id
                WHERE v.curriculum_id <> \(curriculum.id) AND o.code = ANY(\(codes)) LIMIT 1
                """, as: String.self)
            {
                throw ServiceError.conflict(.outcomeIDTaken(clash))
            }
            let versionID = try await connection.value(
                """
                INSERT INTO curriculum_versions (curriculum_id, version, content_digest, definition, loaded_at, audit_id)
                VALUES (\(curriculum.id), \(stored.version), \(digest), \(definition), \(timestamp()), \(auditID)) RETURNING id
                """, as: Int64.self)
            var position = 0
            for module in curriculum.modules {
                for outcome in module.outcomes {
                    position += 1
                    try await connection.execute(
                        """
                        INSERT INTO outcomes (curriculum_version_id, code, module_code, area_code, position)
                        VALUES (\(versionID), \(outcome.id), \(module.id), \(module.area), \(position))
                        """)
                }
            }
        }
        return CurriculumLoad(id: curriculum.id, version: stored.version, changed: true)
    }

    public func curriculumSummaries() async throws -> [CurriculumSummary] {
        try await read(Self.latestCurricula).map { curriculum, loadedAt in
            CurriculumSummary(
                id: curriculum.id, version: curriculum.version, title: curriculum.title, framework: curriculum.framework,
                areas: curriculum.areas.count, modules: curriculum.modules.count, outcomes: curriculum.outcomes.count, loadedAt: loadedAt)
        }
    }

    public func curriculum(id: String, version: Int?) async throws -> Curriculum {
        var conditions = PostgresConditions()
        try conditions.add("curriculum_id = ?", id)
        try conditions.add("version = ?", version)
        let definition = try await read { [conditions] connection in
            try await connection.value(
                conditions.query("SELECT definition FROM curriculum_versions \(conditions.whereClause) ORDER BY version DESC LIMIT 1"),
                as: String.self)
        }
        guard let definition else {
            throw ServiceError.unknown(.curriculum, id, among: try await read(Self.latestCurricula).map(\.0.id))
        }
        return try JSONDecoder().decode(Curriculum.self, from: Data(definition.utf8))
    }

    public func curriculumVersions() async throws -> [Curriculum] {
        try await read { connection in
            try await connection.values("SELECT definition FROM curriculum_versions ORDER BY id", as: String.self).map {
                try JSONDecoder().decode(Curriculum.self, from: Data($0.utf8))
            }
        }
    }

    public func defaultCurriculum() async throws -> Curriculum {
        guard let first = try await read(Self.latestCurricula).first?.0 else { throw ServiceError.conflict(.noCurriculum) }
        return first
    }

    /// Each curriculum's newest version with when it was loaded, in the order curricula were first loaded.
    static func latestCurricula(_ connection: PostgresConnection) async throws -> [(Curriculum, String)] {
        let rows = try await connection.rows(
            """
            SELECT definition, loaded_at FROM curriculum_versions v
            WHERE version = (SELECT max(version) FROM curriculum_versions WHERE curriculum_id = v.curriculum_id)
            ORDER BY (SELECT min(id) FROM curriculum_versions WHERE curriculum_id = v.curriculum_id)
            """)
        return try rows.map { row in
            (
                try JSONDecoder().decode(Curriculum.self, from: Data(try row.value("definition", as: String.self).utf8)),
                try row.value("loaded_at")
            )
        }
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
