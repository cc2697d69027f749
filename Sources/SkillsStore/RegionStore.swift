import Foundation
import SkillsCore

/// Reporting regions.
public protocol RegionStore: Sendable {
    /// Adds or replaces regions.
    func loadRegions(_ regions: [Region], source: String, by authorisation: Authorisation) async throws
    /// Every region, by code.
    func regions() async throws -> [Region]
}
