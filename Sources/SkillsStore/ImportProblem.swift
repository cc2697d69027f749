import Foundation
import SkillsCore

/// One problem in an import file, at a line and column.
public struct ImportProblem: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    /// What is wrong, in plain words.
    public var message: String
    /// The same problem as data when a door has more to say about it: an unknown reference (where to look them up),
    /// or a conflict (how to allow it).
    public var reference: ServiceError?

    public var description: String { "\(line):\(column): error: \(message)" }
}
