import Foundation
import SkillsCore

/// What certificates need to know about a learner: who, where, and how they like to read.
public struct CertificateHolder: Sendable {
    public var learner: Learner
    public var centreName: String
    public var regionName: String
    public var regionNameWelsh: String?

    public init(learner: Learner, centreName: String, regionName: String, regionNameWelsh: String? = nil) {
        self.learner = learner
        self.centreName = centreName
        self.regionName = regionName
        self.regionNameWelsh = regionNameWelsh
    }
}
