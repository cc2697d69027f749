import GRDB
import SkillsCore

extension ProgrammeStore {
    /// A learner's progress against a curriculum (the programme's main one by default).
    public func progress(of ref: String, curriculumID: String? = nil) throws -> LearnerProgress {
        let curriculum = try curriculumID.map { try self.curriculum(id: $0) } ?? defaultCurriculum()
        return try read { db in
            guard let learnerID = try Self.learnerID(db, ref) else { throw try unknownLearner(ref) }
            let achieved = try Row.fetchAll(
                db,
                sql: """
                    SELECT o.code, min(s.date) AS first_date FROM achievements a
                    JOIN outcomes o ON o.id = a.outcome_id JOIN sessions s ON s.id = a.session_id
                    JOIN curriculum_versions v ON v.id = o.curriculum_version_id
                    WHERE a.learner_id = ? AND v.curriculum_id = ? GROUP BY o.code
                    """,
                arguments: [learnerID, curriculum.id])
            var firstDays: [String: Day] = [:]
            for row in achieved {
                if let day = Day(iso: row["first_date"] as String) { firstDays[row["code"]] = day }
            }
            let totals = try Row.fetchOne(
                db, sql: "SELECT count(DISTINCT ref) AS sessions, coalesce(sum(minutes), 0) AS minutes FROM sessions WHERE learner_id = ?",
                arguments: [learnerID])
            return LearnerProgress(
                curriculum: curriculum, achieved: firstDays, sessions: totals?["sessions"] ?? 0,
                minutes: totals?["minutes"] ?? 0)
        }
    }
}
