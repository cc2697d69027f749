import Foundation
import SkillsCore

/// What a learner agreed to, when, and who recorded it.
public struct ConsentRecord: Codable, Equatable, Sendable {
    /// The purposes consent is asked for.
    public enum Purpose: String, Codable, Sendable, CaseIterable {
        case programme
        case openStatistics = "open-statistics"
        case contact
    }

    public var purpose: Purpose
    public var given: Bool
    public var recordedAt: String
    public var recordedBy: String

    public init(purpose: Purpose, given: Bool, recordedAt: String, recordedBy: String) {
        self.purpose = purpose
        self.given = given
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
    }
}
