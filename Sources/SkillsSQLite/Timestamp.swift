import Foundation
import GRDB
import SkillsCore
import SkillsStore

/// UTC ISO 8601 timestamps, the one text form of an instant in the database.
enum Timestamp {
    static func string(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false).timeZone(separator: .omitted))
    }
}
