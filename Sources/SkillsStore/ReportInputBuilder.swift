import SkillsCore

/// Builds a `ReportInput` from rows as they stream out of a store: ids become dense indexes, a learner's sessions are
/// grouped (rows may come in any order), sorted by date and stored with their outcomes as bits; nothing in the
/// session path builds a String.
public struct ReportInputBuilder {
    private let outcomes: OutcomeIndex
    private let regions: [Region]
    private var regionIndex: [String: Int] = [:]
    private var authorities: [ReportInput.LocalAuthority] = []
    private var authorityIndex: [String: Int] = [:]
    private var centres: [ReportInput.Centre] = []
    private var centreIndex: [Int64: Int32] = [:]
    private var tutorIndex: [Int32] = []
    private var tutorCount = 0
    private var learners: [ReportInput.Learner] = []
    private var learnerIndex: [Int32] = []
    private var sessions: [ReportInput.Session] = []
    private var outcomeWords: [UInt64] = []
    private var outcomeBits = ByteKeyTable<Int32>(capacity: 64)
    private var deliveries: ByteKeyInterner
    /// Sessions in the order read, with their learner and outcome words; grouped by learner in `finish()`.
    private var read: [ReportInput.Session] = []
    private var readLearner: [Int32] = []
    private var readWords: [UInt64] = []

    /// `expectedSessions` sizes the table of sessions once, instead of growing it by doubling through the scan.
    public init(outcomes: OutcomeIndex, regions: [Region], expectedSessions: Int) {
        deliveries = ByteKeyInterner(capacity: max(1 << 10, expectedSessions))
        self.outcomes = outcomes
        self.regions = regions
        for (index, region) in regions.enumerated() { regionIndex[region.code] = index }
    }

    public mutating func addCentre(id: Int64, ref: String, name: String, region: String, authority: String) {
        guard let region = regionIndex[region] else { return }
        let authorityKey = "\(region)\u{0}\(authority)"
        let la: Int
        if let known = authorityIndex[authorityKey] {
            la = known
        } else {
            la = authorities.count
            authorityIndex[authorityKey] = la
            authorities.append(.init(name: authority, region: region))
        }
        centreIndex[id] = Int32(centres.count)
        centres.append(.init(ref: ref, name: name, localAuthority: la))
    }

    public mutating func addTutor(id: Int64) {
        let slot = Int(id)
        if slot >= tutorIndex.count { tutorIndex += Array(repeating: -1, count: slot - tutorIndex.count + 1) }
        tutorIndex[slot] = Int32(tutorCount)
        tutorCount += 1
    }

    public mutating func addLearner(
        id: Int64, centre: Int64, enrolled: UnsafeBufferPointer<UInt8>, withdrawn: Bool, withdrawnOn: UnsafeBufferPointer<UInt8>,
        consent: Bool
    ) {
        guard let centre = centreIndex[centre], let enrolledDay = Day(isoBytes: enrolled) else { return }
        let slot = Int(id)
        if slot >= learnerIndex.count { learnerIndex += Array(repeating: -1, count: slot - learnerIndex.count + 1) }
        learnerIndex[slot] = Int32(learners.count)
        let left = withdrawn ? Int32((Day(isoBytes: withdrawnOn) ?? enrolledDay).ordinal) : nil
        learners.append(
            .init(
                centre: centre, enrolledOn: Int32(enrolledDay.ordinal), withdrawnOn: left, openDataConsent: consent,
                firstSession: 0, sessionCount: 0))
    }

    public mutating func addSession(
        learner: Int64, tutor: Int64, date: UnsafeBufferPointer<UInt8>, minutes: Int64, ref: UnsafeBufferPointer<UInt8>,
        outcomes codes: UnsafeBufferPointer<UInt8>
    ) {
        guard learner >= 0, Int(learner) < learnerIndex.count, learnerIndex[Int(learner)] >= 0, let day = Day(isoBytes: date) else {
            return
        }
        let index = learnerIndex[Int(learner)]
        let tutorNumber = tutor >= 0 && Int(tutor) < tutorIndex.count ? tutorIndex[Int(tutor)] : -1
        let ordinal = Int32(day.ordinal)
        // A session is one session ref, however many learners attended it (docs/architecture.md).
        let delivery = Int32(deliveries.intern(ref))
        let first = readWords.count
        readWords.append(contentsOf: repeatElement(0, count: outcomes.wordCount))
        var start = 0
        for position in 0...codes.count where position == codes.count || codes[position] == UInt8(ascii: ";") {
            if position > start {
                let code = UnsafeBufferPointer(rebasing: codes[start..<position])
                if let bit = bit(of: code) { readWords[first + (Int(bit) >> 6)] |= 1 << UInt64(bit & 63) }
            }
            start = position + 1
        }
        read.append(ReportInput.Session(day: ordinal, minutes: Int32(minutes), tutor: tutorNumber, delivery: delivery))
        readLearner.append(index)
    }

    /// An outcome code's bit, learnt once per distinct code.
    private mutating func bit(of code: UnsafeBufferPointer<UInt8>) -> Int32? {
        if let known = outcomeBits.value(for: code) { return known >= 0 ? known : nil }
        let text = String(decoding: code, as: UTF8.self)
        let bit = outcomes.bit(of: text).map(Int32.init) ?? -1
        outcomeBits.insert(text, bit)
        return bit >= 0 ? bit : nil
    }

    /// Groups the sessions by learner (a counting sort, so rows may come in any order), each learner's by date.
    private mutating func groupByLearner() {
        let words = outcomes.wordCount
        var counts = [Int32](repeating: 0, count: learners.count + 1)
        for learner in readLearner { counts[Int(learner) + 1] += 1 }
        for index in 1..<counts.count { counts[index] += counts[index - 1] }
        for index in learners.indices {
            learners[index].firstSession = counts[index]
            learners[index].sessionCount = counts[index + 1] - counts[index]
        }
        var next = counts
        var placed = [Int32](repeating: 0, count: read.count)
        for (row, learner) in readLearner.enumerated() {
            placed[Int(next[Int(learner)])] = Int32(row)
            next[Int(learner)] += 1
        }
        // Within a learner: by date, same-day sessions in the order they were read.
        for learner in learners where learner.sessionCount > 1 {
            let range = Int(learner.firstSession)..<Int(learner.firstSession + learner.sessionCount)
            placed[range].sort { (read[Int($0)].day, $0) < (read[Int($1)].day, $1) }
        }
        sessions.reserveCapacity(read.count)
        outcomeWords.reserveCapacity(readWords.count)
        for row in placed {
            sessions.append(read[Int(row)])
            let start = Int(row) * words
            outcomeWords.append(contentsOf: readWords[start..<(start + words)])
        }
        read = []
        readWords = []
        readLearner = []
    }

    public mutating func finish() -> ReportInput {
        groupByLearner()
        return ReportInput(
            regions: regions, localAuthorities: authorities, centres: centres, outcomes: outcomes, learners: learners,
            sessions: sessions, outcomeWords: outcomeWords, tutorCount: tutorCount, deliveryCount: deliveries.count)
    }
}
