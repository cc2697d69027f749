/// A completion award a learner has met the rule for.
public struct EarnedAward: Codable, Equatable, Hashable, Sendable {
    /// What the award is for.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case module, area, curriculum
    }

    public var kind: Kind
    /// The module, area or award id.
    public var subject: String
    public var title: String
    public var titleWelsh: String?
    /// The day the last required outcome was achieved.
    public var earnedOn: Day
}

/// Decides which of a curriculum's awards a learner has earned; the rules come from the curriculum file.
public enum AwardEligibility {
    /// Every award earned given the outcomes achieved (id → first day).
    public static func earned(in curriculum: Curriculum, achieved: [String: Day]) -> [EarnedAward] {
        var awards: [EarnedAward] = []
        func completion(of ids: [String]) -> Day? {
            guard !ids.isEmpty else { return nil }
            var latest: Day?
            for id in ids {
                guard let day = achieved[id] else { return nil }
                latest = max(latest ?? day, day)
            }
            return latest
        }
        for rule in curriculum.awards {
            switch rule {
            case .everyModule:
                for module in curriculum.modules {
                    if let day = completion(of: module.outcomes.map(\.id)) {
                        awards.append(
                            .init(kind: .module, subject: module.id, title: module.title, titleWelsh: module.titleWelsh, earnedOn: day))
                    }
                }
            case .everyArea:
                for area in curriculum.areas {
                    if let day = completion(of: curriculum.outcomeIDs(in: area.id)) {
                        awards.append(.init(kind: .area, subject: area.id, title: area.title, titleWelsh: area.titleWelsh, earnedOn: day))
                    }
                }
            case .curriculum(let award):
                if let day = earnedDay(award, in: curriculum, achieved: achieved) {
                    awards.append(
                        .init(kind: .curriculum, subject: award.id, title: award.title, titleWelsh: award.titleWelsh, earnedOn: day))
                }
            }
        }
        return awards
    }

    /// The day a curriculum award's requirements were all met, or nil.
    static func earnedDay(_ award: CurriculumAward, in curriculum: Curriculum, achieved: [String: Day]) -> Day? {
        var latest: Day?
        for requirement in award.requirements {
            let ids = curriculum.outcomeIDs(in: requirement.area)
            let days = ids.compactMap { achieved[$0] }.sorted()
            guard requirement.isMet(achieved: days.count, total: ids.count) else { return nil }
            let needed: Int
            switch requirement.amount {
            case .all: needed = ids.count
            case .atLeast(let count): needed = count
            }
            if needed > 0 { latest = max(latest ?? days[needed - 1], days[needed - 1]) }
        }
        return latest
    }
}
