import GRDB
import SkillsCore
import SkillsStore

extension SQLiteStore {
    /// A learner's progress against a curriculum (the programme's main one by default).
    public func progress(of ref: String, curriculumID: String?) async throws -> LearnerProgress {
        let curriculum: Curriculum
        if let curriculumID {
            curriculum = try await self.curriculum(id: curriculumID, version: nil)
        } else {
            curriculum = try await defaultCurriculum()
        }
        return try read { db in
            guard let learnerID = try Self.learnerID(db, ref) else { throw try unknownLearner(ref) }
            let achieved = try Row.fetchAll(
                db, sql: "SELECT date, outcomes FROM sessions WHERE learner_id = ? AND outcomes <> '' ORDER BY date",
                arguments: [learnerID])
            var firstDays: [String: Day] = [:]
            for row in achieved {
                guard let day = Day(iso: row["date"] as String) else { continue }
                for code in (row["outcomes"] as String).split(separator: ";") where firstDays[String(code)] == nil {
                    firstDays[String(code)] = day
                }
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
