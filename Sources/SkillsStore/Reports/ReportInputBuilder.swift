import SkillsCore

/// Builds a `ReportInput` from rows as they stream out of SQLite: ids become dense indexes, a learner's sessions are
/// gathered, sorted by date and stored with their outcomes as bits; nothing in the session path builds a String.
struct ReportInputBuilder {
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
    private var deliveries = KeyInterner(capacity: 1 << 16)
    private var pending: [ReportInput.Session] = []
    private var pendingWords: [UInt64] = []
    private var pendingLearner: Int32 = -1
    private var key: [UInt8] = []

    init(outcomes: OutcomeIndex, regions: [Region]) {
        self.outcomes = outcomes
        self.regions = regions
        for (index, region) in regions.enumerated() { regionIndex[region.code] = index }
    }

    mutating func addCentre(id: Int64, ref: String, name: String, region: String, authority: String) {
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

    mutating func addTutor(id: Int64) {
        let slot = Int(id)
        if slot >= tutorIndex.count { tutorIndex += Array(repeating: -1, count: slot - tutorIndex.count + 1) }
        tutorIndex[slot] = Int32(tutorCount)
        tutorCount += 1
    }

    mutating func addLearner(
        id: Int64, centre: Int64, enrolled: UnsafeBufferPointer<UInt8>, withdrawn: Bool, withdrawnOn: UnsafeBufferPointer<UInt8>,
        consent: Bool
    ) {
        guard let centre = centreIndex[centre], let enrolledDay = Day(isoBytes: enrolled) else { return }
        let slot = Int(id)
        if slot >= learnerIndex.count { learnerIndex += Array(repeating: -1, count: slot - learnerIndex.count + 1) }
        learnerIndex[slot] = Int32(learners.count)
        let left = withdrawn ? Int32((Day(isoBytes: withdrawnOn) ?? enrolledDay).ordinal) : nil
        learners.append(.init(
            centre: centre, enrolledOn: Int32(enrolledDay.ordinal), withdrawnOn: left, openDataConsent: consent,
            firstSession: 0, sessionCount: 0))
    }

    mutating func addSession(
        learner: Int64, tutor: Int64, date: UnsafeBufferPointer<UInt8>, minutes: Int64, ref: UnsafeBufferPointer<UInt8>,
        outcomes codes: UnsafeBufferPointer<UInt8>
    ) {
        guard learner >= 0, Int(learner) < learnerIndex.count, learnerIndex[Int(learner)] >= 0, let day = Day(isoBytes: date) else { return }
        let index = learnerIndex[Int(learner)]
        if index != pendingLearner { flush(next: index) }
        let tutorNumber = tutor >= 0 && Int(tutor) < tutorIndex.count ? tutorIndex[Int(tutor)] : -1
        let ordinal = Int32(day.ordinal)
        key.removeAll(keepingCapacity: true)
        withUnsafeBytes(of: tutorNumber.littleEndian) { key.append(contentsOf: $0) }
        withUnsafeBytes(of: ordinal.littleEndian) { key.append(contentsOf: $0) }
        key.append(contentsOf: ref)
        let delivery = key.withUnsafeBufferPointer { deliveries.intern($0) }
        let first = pendingWords.count
        pendingWords.append(contentsOf: repeatElement(0, count: outcomes.wordCount))
        var start = 0
        for position in 0...codes.count where position == codes.count || codes[position] == UInt8(ascii: ";") {
            if position > start {
                let code = UnsafeBufferPointer(rebasing: codes[start..<position])
                if let bit = bit(of: code) { pendingWords[first + (Int(bit) >> 6)] |= 1 << UInt64(bit & 63) }
            }
            start = position + 1
        }
        pending.append(ReportInput.Session(day: ordinal, minutes: Int32(minutes), tutor: tutorNumber, delivery: delivery))
    }

    /// An outcome code's bit, learnt once per distinct code.
    private mutating func bit(of code: UnsafeBufferPointer<UInt8>) -> Int32? {
        if let known = outcomeBits.value(for: code) { return known >= 0 ? known : nil }
        let text = String(decoding: code, as: UTF8.self)
        let bit = outcomes.bit(of: text).map(Int32.init) ?? -1
        outcomeBits.insert(text, bit)
        return bit >= 0 ? bit : nil
    }

    /// Stores the pending learner's sessions in date order and starts gathering the next learner's.
    private mutating func flush(next: Int32) {
        if pendingLearner >= 0 && !pending.isEmpty {
            learners[Int(pendingLearner)].firstSession = Int32(sessions.count)
            learners[Int(pendingLearner)].sessionCount = Int32(pending.count)
            let words = outcomes.wordCount
            if zip(pending, pending.dropFirst()).allSatisfy({ $0.day <= $1.day }) {
                sessions.append(contentsOf: pending)
                outcomeWords.append(contentsOf: pendingWords)
            } else {
                // Same-day sessions keep the order they were read in (by session ref).
                let order = pending.indices.sorted { (pending[$0].day, $0) < (pending[$1].day, $1) }
                for index in order {
                    sessions.append(pending[index])
                    outcomeWords.append(contentsOf: pendingWords[(index * words)..<((index + 1) * words)])
                }
            }
        }
        pending.removeAll(keepingCapacity: true)
        pendingWords.removeAll(keepingCapacity: true)
        pendingLearner = next
    }

    mutating func finish() -> ReportInput {
        flush(next: -1)
        return ReportInput(
            regions: regions, localAuthorities: authorities, centres: centres, outcomes: outcomes, learners: learners,
            sessions: sessions, outcomeWords: outcomeWords, tutorCount: tutorCount, deliveryCount: deliveries.count)
    }
}
