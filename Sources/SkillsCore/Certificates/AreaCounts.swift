/// Signed achievement lines (`id:achieved/total`) read back as numbers, by module or area id.
public struct AreaCounts: Sendable, Equatable {
    /// Outcomes achieved and in total, for one module or skill area.
    public struct Count: Sendable, Equatable {
        public var achieved: Int
        public var total: Int
    }

    /// The ids in the order the lines gave them.
    public let ids: [String]
    private let counts: [String: Count]

    /// Reads lines such as `safe-legal:4/13`; a line that does not read is left out.
    public init(_ lines: [String]) {
        var ids: [String] = []
        var counts: [String: Count] = [:]
        for line in lines {
            let parts = line.split(separator: ":")
            let numbers = parts.last?.split(separator: "/").compactMap { Int($0) } ?? []
            guard parts.count == 2, numbers.count == 2 else { continue }
            ids.append(String(parts[0]))
            counts[String(parts[0])] = Count(achieved: numbers[0], total: numbers[1])
        }
        self.ids = ids
        self.counts = counts
    }

    /// The count for an id.
    public subscript(id: String) -> Count? { counts[id] }

    /// How many of the lines are complete, out of how many: the skill areas a curriculum certificate completes.
    public var completed: Count {
        Count(achieved: ids.filter { counts[$0].map { $0.total > 0 && $0.achieved >= $0.total } ?? false }.count, total: ids.count)
    }
}

extension CertificateFacts {
    /// What the certificate is for, naming its kind, so that a record of progress never reads like the full award:
    /// "progress so far in Essential Digital Skills for Life: 23 of 62 outcomes".
    public var awardInWords: String {
        let counts = AreaCounts(achievements)
        switch kind {
        case "progress":
            let lines = counts.ids.compactMap { counts[$0] }
            let achieved = lines.reduce(0) { $0 + $1.achieved }
            let total = lines.reduce(0) { $0 + $1.total }
            return "progress so far in \(title): \(achieved) of \(total) outcomes"
        case "module": return "the module \(title)"
        case "area": return "the skill area \(title)"
        default: return "the award \(title)"
        }
    }
}
