import SkillsCore
import SkillsStore

/// What happened to one row.
enum RowResult {
    case inserted, present, rejected
}
