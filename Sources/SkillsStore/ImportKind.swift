import Foundation
import SkillsCore

/// Which import file format.
public enum ImportKind: String, Sendable, CaseIterable {
    case centres, tutors, learners, sessions
}
