import Foundation
import SkillsCore

/// Turns typed argument text into domain values, with one-line usage errors naming the flag.
enum Arguments {
    /// A `YYYY-MM-DD` date.
    static func day(_ text: String, flag: String) throws -> Day {
        guard let day = Day(iso: text) else {
            if let british = Day.britishForm(text) {
                throw UserError(.usage, "\(flag) '\(text)' is written day first — write it as YYYY-MM-DD: \(british)")
            }
            throw UserError(.usage, "\(flag) '\(text)' is not a real date — write it as YYYY-MM-DD, for example 2026-09-30")
        }
        return day
    }

    /// An optional `YYYY-MM-DD` date.
    static func optionalDay(_ text: String?, flag: String) throws -> Day? {
        try text.map { try day($0, flag: flag) }
    }

    /// A standard period: `2026-10`, `2026-Q3`, `2026` or `2026-27`.
    static func standardPeriod(_ text: String, flag: String) throws -> StandardPeriod {
        guard let period = StandardPeriod(parsing: text) else {
            throw UserError(
                .usage,
                "\(flag) '\(text)' is not a period — write a month (2026-10), a quarter (2026-Q3), a year (2026) or a financial year (2026-27)"
            )
        }
        return period
    }

    /// A value from a fixed set, such as a mode or a role.
    static func choice<T: RawRepresentable & CaseIterable>(_ text: String, flag: String) throws -> T where T.RawValue == String {
        guard let value = T(lenient: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw UserError(.usage, "\(flag) '\(text)' is not one of: \(allowed)")
        }
        return value
    }
}
