/// Maps a curriculum's outcome codes to bit positions, so a learner's achievements fit in a few machine words.
///
/// 62 outcomes fit one `UInt64`; larger curricula use more words (`wordCount`), nothing assumes one.
public struct OutcomeIndex: Sendable {
    /// One skill area: its id, title and the bits of its outcomes.
    public struct Area: Sendable, Equatable {
        public var id: String
        public var title: String
        public var mask: [UInt64]
        public var outcomeCount: Int
    }

    /// One requirement of the curriculum award, as a mask and the number of its bits needed.
    public struct Requirement: Sendable, Equatable {
        public var mask: [UInt64]
        public var needed: Int
    }

    /// The curriculum's id.
    public let curriculumID: String
    /// Words per outcome set.
    public let wordCount: Int
    /// Skill areas in curriculum order.
    public let areas: [Area]
    /// What "completed the curriculum" needs: the curriculum award's requirements, else every outcome of every area.
    public let completion: [Requirement]
    /// The award's title, or the curriculum's.
    public let completionTitle: String
    private let bits: [String: Int]

    /// Builds the index for a curriculum's current outcomes.
    public init(curriculum: Curriculum) {
        curriculumID = curriculum.id
        let outcomes = curriculum.outcomes.map(\.id)
        var bits: [String: Int] = [:]
        for (index, id) in outcomes.enumerated() where bits[id] == nil { bits[id] = index }
        self.bits = bits
        let words = max(1, (outcomes.count + 63) / 64)
        wordCount = words
        func mask(_ ids: [String]) -> [UInt64] {
            var mask = [UInt64](repeating: 0, count: words)
            for id in ids { if let bit = bits[id] { mask[bit >> 6] |= 1 << UInt64(bit & 63) } }
            return mask
        }
        areas = curriculum.areas.map { area in
            let ids = curriculum.outcomeIDs(in: area.id)
            return Area(id: area.id, title: area.title, mask: mask(ids), outcomeCount: ids.count)
        }
        let award = curriculum.awards.lazy.compactMap { rule -> CurriculumAward? in
            if case .curriculum(let award) = rule { award } else { nil }
        }.first
        if let award {
            completion = award.requirements.map { requirement in
                let ids = curriculum.outcomeIDs(in: requirement.area)
                switch requirement.amount {
                case .all: return Requirement(mask: mask(ids), needed: max(1, ids.count))
                case .atLeast(let count): return Requirement(mask: mask(ids), needed: count)
                }
            }
            completionTitle = award.title
        } else {
            completion = [Requirement(mask: mask(outcomes), needed: max(1, outcomes.count))]
            completionTitle = curriculum.title
        }
    }

    /// The bit of an outcome code, or nil for a code the curriculum does not have.
    public func bit(of code: String) -> Int? { bits[code] }

    /// The bit of an outcome code given as UTF-8 bytes, without keeping a String.
    public func bit(ofBytes bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        bits[String(decoding: bytes, as: UTF8.self)]
    }

    /// Whether every bit of `mask` is set in `set` (words starting at `offset`).
    @inlinable
    static func covers(_ set: UnsafeBufferPointer<UInt64>, _ mask: [UInt64]) -> Bool {
        for word in 0..<mask.count where set[word] & mask[word] != mask[word] { return false }
        return true
    }

    /// Whether any bit of `mask` is set in `set`.
    @inlinable
    static func touches(_ set: UnsafeBufferPointer<UInt64>, _ mask: [UInt64]) -> Bool {
        for word in 0..<mask.count where set[word] & mask[word] != 0 { return true }
        return false
    }

    /// How many bits of `mask` are set in `set`.
    @inlinable
    static func count(_ set: UnsafeBufferPointer<UInt64>, _ mask: [UInt64]) -> Int {
        var total = 0
        for word in 0..<mask.count { total += (set[word] & mask[word]).nonzeroBitCount }
        return total
    }

    /// Whether `set` meets every completion requirement.
    func isComplete(_ set: UnsafeBufferPointer<UInt64>) -> Bool {
        completion.allSatisfy { Self.count(set, $0.mask) >= $0.needed }
    }
}
