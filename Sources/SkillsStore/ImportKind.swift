import Foundation
import SkillsCore

/// Which import file format.
public enum ImportKind: String, Sendable, CaseIterable {
    case centres, tutors, learners, sessions
}

extension ImportKind {
    /// The columns a file of this kind must have, then those it may have: the same for every store.
    public var columns: (required: [String], optional: [String]) {
        switch self {
        case .centres: (["centre_ref", "name", "region_code"], ["local_authority"])
        case .tutors: (["tutor_ref", "name", "centre_ref", "dbs_checked_on"], ["dbs_expires_on", "trained_on", "role"])
        case .learners:
            (
                ["learner_ref", "name", "year_of_birth", "centre_ref", "enrolled_on"],
                ["preferred_language", "postcode_district", "large_print", "open_data_consent"]
            )
        case .sessions: (["session_ref", "date", "learner_ref", "tutor_ref", "minutes", "mode", "outcomes", "notes"], [])
        }
    }
}
