import SkillsCore

/// Builds a `ReportInput` from rows as they stream out of a store: ids become dense indexes; each learner's sessions,
/// which must arrive together (the store reads them by learner), are sorted by date and tallied as soon as the next
/// learner's begin, so only one learner's sessions are ever held; nothing in the session path builds a String.
///
/// Call `addCentre`, `addTutor` and `addLearner` (by id) first, then `addSession` by learner, then `finish()`.
public struct ReportInputBuilder {
    private let outcomes: OutcomeIndex
    private let regions: [Region]
    private let request: RegionalRequest
    private let firstDay: Day?
    private let groups: ByteKeyInterner
    private var regionIndex: [String: Int] = [:]
    private var authorities: [ReportInput.LocalAuthority] = []
    private var authorityIndex: [String: Int] = [:]
    private var centres: [ReportInput.Centre] = []
    private var centreIndex: [Int64: Int32] = [:]
    private var tutorIndex: [Int32] = []
    private var tutorCount = 0
    private var learners: [ReportInput.Learner] = []
    private var learnerIndex: [Int32] = []
    private var outcomeBits = ByteKeyTable<Int32>(capacity: 64)
    private var period: ReportPeriod?
    private var tallies: [RegionalTallies] = []
    /// Learners before this one are tallied.
    private var nextLearner = 0
    private var attendances = 0
    private var earliestSession = Int32.max
    /// The sessions of the learner being read, with their outcome words, in the order read.
    private var pending: [ReportInput.Session] = []
    private var pendingWords: [UInt64] = []
    private var sorted: [ReportInput.Session] = []
    private var sortedWords: [UInt64] = []
    private var order: [Int] = []

    /// `groups` numbers the session refs with more than one attendance. `firstDay`, when given, is the programme's
    /// first day; otherwise it is taken to be the earliest enrolment, and `finish()` says when a session came earlier.
    public init(outcomes: OutcomeIndex, regions: [Region], request: RegionalRequest, groups: ByteKeyInterner, firstDay: Day? = nil) {
        self.outcomes = outcomes
        self.regions = regions
        self.request = request
        self.groups = groups
        self.firstDay = firstDay
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
        learners.append(.init(centre: centre, enrolledOn: Int32(enrolledDay.ordinal), withdrawnOn: left, openDataConsent: consent))
    }

    /// One attendance; a learner's attendances must all come together, learners in id order.
    public mutating func addSession(
        learner: Int64, tutor: Int64, date: UnsafeBufferPointer<UInt8>, minutes: Int64, ref: UnsafeBufferPointer<UInt8>,
        outcomes codes: UnsafeBufferPointer<UInt8>
    ) {
        guard learner >= 0, Int(learner) < learnerIndex.count, learnerIndex[Int(learner)] >= 0, let day = Day(isoBytes: date) else {
            return
        }
        if period == nil { _ = start() }
        let index = Int(learnerIndex[Int(learner)])
        if index >= nextLearner { tallyLearners(upTo: index) }
        let tutorNumber = tutor >= 0 && Int(tutor) < tutorIndex.count ? tutorIndex[Int(tutor)] : -1
        let ordinal = Int32(day.ordinal)
        earliestSession = min(earliestSession, ordinal)
        attendances += 1
        let delivery = Int32(groups.find(ref) ?? -1)
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

    /// Once every learner is in: the period (from the earliest enrolment when none was given) and empty sums.
    private mutating func start() -> ReportPeriod {
        let earliestEnrolment = learners.lazy.map(\.enrolledOn).min().map { Day(ordinal: Int($0)) }
        let period = request.period(firstDay: firstDay ?? earliestEnrolment)
        self.period = period
        tallies = request.tallies(period: period, outcomes: outcomes, centreCount: centres.count, groupCount: groups.count)
        return period
    }

    /// Tallies the learner whose sessions are pending, then every learner before `index` (they had no sessions).
    private mutating func tallyLearners(upTo index: Int) {
        if nextLearner > 0 && !pending.isEmpty { tallyPending(learners[nextLearner - 1]) }
        while nextLearner < index {
            let learner = learners[nextLearner]
            for view in tallies.indices {
                tallies[view].add(learner, sessions: .init(start: nil, count: 0), outcomeWords: .init(start: nil, count: 0))
            }
            nextLearner += 1
        }
        nextLearner = index + 1
    }

    /// Sorts the pending sessions by date (same-day ones in the order read) and adds them, with their learner.
    private mutating func tallyPending(_ learner: ReportInput.Learner) {
        let words = outcomes.wordCount
        order.removeAll(keepingCapacity: true)
        order.append(contentsOf: pending.indices)
        order.sort { (pending[$0].day, $0) < (pending[$1].day, $1) }
        sorted.removeAll(keepingCapacity: true)
        sortedWords.removeAll(keepingCapacity: true)
        for row in order {
            sorted.append(pending[row])
            sortedWords.append(contentsOf: pendingWords[(row * words)..<((row + 1) * words)])
        }
        sorted.withUnsafeBufferPointer { sessions in
            sortedWords.withUnsafeBufferPointer { words in
                for view in tallies.indices { tallies[view].add(learner, sessions: sessions, outcomeWords: words) }
            }
        }
        pending.removeAll(keepingCapacity: true)
        pendingWords.removeAll(keepingCapacity: true)
    }

    /// The report input, or nil when a session came before every enrolment and no first day was given: then read
    /// again with `firstDay: earliestDay`, which always finishes (imports refuse such sessions, so this is for older
    /// programmes only).
    public mutating func finish() -> ReportInput? {
        let period = period ?? start()
        tallyLearners(upTo: learners.count)
        if firstDay == nil && request.from == nil && earliestSession < Int32(period.from.ordinal) { return nil }
        return ReportInput(
            regions: regions, localAuthorities: authorities, centres: centres, outcomes: outcomes, period: period,
            learnerCount: learners.count, attendanceCount: attendances, tallies: tallies)
    }

    /// The earliest enrolment or session day read.
    public var earliestDay: Day? {
        let earliest = min(learners.lazy.map(\.enrolledOn).min() ?? .max, earliestSession)
        return earliest == .max ? nil : Day(ordinal: Int(earliest))
    }
}
