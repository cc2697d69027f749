import Foundation
import SkillsCore

/// What certificates need to know about a learner: who, where, and how they like to read.
public struct CertificateHolder: Sendable {
    public var learner: Learner
    public var centreName: String

    public init(learner: Learner, centreName: String) {
        self.learner = learner
        self.centreName = centreName
    }
}
