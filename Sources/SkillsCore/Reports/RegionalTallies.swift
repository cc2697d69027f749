/// The sums behind one view of the regional figures (one period; everyone, or consenting learners only), per centre.
///
/// The store adds one learner at a time, with that learner's sessions, as it streams them: nothing here keeps a
/// session, so memory grows with centres and learners, never with sessions.
public struct RegionalTallies: Sendable {
    public let period: ReportPeriod
    public let consentingOnly: Bool
    /// Each centre's sums, in `ReportInput.centres` order.
    private(set) var centres: [RegionalComputation.Tally]
    private let outcomes: OutcomeIndex
    private let from: Int32
    private let to: Int32
    private let dropOffLine: Int32
    private let trendStart: Int32
    private let monthOfDay: [UInt8]
    /// Group sessions already counted as delivered, one bit per group (`ReportInput.Session.delivery`).
    private var deliveredGroups: [UInt64]
    /// Scratch for one learner: the outcomes achieved so far, and the session count at which each area was done.
    private var achieved: [UInt64]
    private var doneAt: [Int32]

    /// Empty sums for `centreCount` centres; `groupCount` is the number of sessions with more than one attendance.
    public init(period: ReportPeriod, consentingOnly: Bool, outcomes: OutcomeIndex, centreCount: Int, groupCount: Int) {
        self.period = period
        self.consentingOnly = consentingOnly
        self.outcomes = outcomes
        centres = Array(repeating: .init(areas: outcomes.areas.count), count: centreCount)
        from = Int32(period.from.ordinal)
        to = Int32(period.to.ordinal)
        dropOffLine = to - Int32(RegionalComputation.dropOffDays)
        let trend = TrendWindow(endingOn: period.to)
        trendStart = Int32(trend.monthStarts[0].ordinal)
        monthOfDay = trend.monthOfDay()
        deliveredGroups = [UInt64](repeating: 0, count: (groupCount + 63) / 64)
        achieved = [UInt64](repeating: 0, count: outcomes.wordCount)
        doneAt = [Int32](repeating: 0, count: outcomes.areas.count)
    }

    /// Adds one learner and all of their sessions, in date order, with `outcomes.wordCount` outcome words per session.
    /// Learners must come in the same order every time (by id), as that decides which centre a group session that
    /// spans centres is delivered by. Learners who withdrew before the period count for the twelve-month trend only.
    public mutating func add(
        _ learner: ReportInput.Learner, sessions: UnsafeBufferPointer<ReportInput.Session>, outcomeWords: UnsafeBufferPointer<UInt64>
    ) {
        if consentingOnly && !learner.openDataConsent { return }
        if learner.enrolledOn > to { return }
        let words = outcomes.wordCount
        let areaMasks = outcomes.areas.map(\.mask)
        let onBooks = learner.withdrawnOn.map { $0 >= from } ?? true
        let centre = Int(learner.centre)
        if onBooks {
            centres[centre].learners += 1
            if learner.enrolledOn >= from { centres[centre].enrolled += 1 }
            if let withdrawn = learner.withdrawnOn, withdrawn <= to { centres[centre].withdrawn += 1 }
        }
        // The scratch arrays are moved out of `self` (not copied) while this learner is worked out, and back after.
        var achieved: [UInt64] = []
        var doneAt: [Int32] = []
        swap(&achieved, &self.achieved)
        swap(&doneAt, &self.doneAt)
        defer {
            swap(&achieved, &self.achieved)
            swap(&doneAt, &self.doneAt)
        }
        var activeMonths: UInt16 = 0
        for word in 0..<words { achieved[word] = 0 }
        for area in doneAt.indices { doneAt[area] = 0 }
        var count: Int32 = 0
        var last = learner.enrolledOn
        var lastTutor: Int32 = -1
        var awardDay: Int32?
        var wasActive = false
        var gained = false
        for index in sessions.indices {
            let session = sessions[index]
            if session.day > to { break }
            count += 1
            last = max(last, session.day)
            for word in 0..<words {
                let bits = outcomeWords[index * words + word]
                if bits & ~achieved[word] != 0 { gained = true }
                achieved[word] |= bits
            }
            if session.day >= trendStart { activeMonths |= 1 << UInt16(monthOfDay[Int(session.day - trendStart)]) }
            if onBooks && session.day >= from {
                wasActive = true
                centres[centre].sessions += 1
                centres[centre].minutes += Int(session.minutes)
                if firstDelivery(session.delivery) {
                    centres[centre].deliveredSessions += 1
                    centres[centre].tutorMinutes += Int(session.minutes)
                }
                if session.tutor != lastTutor {
                    lastTutor = session.tutor
                    centres[centre].tutors.insert(session.tutor)
                }
            }
            // Areas and the award are checked once a day's sessions are all in, so the order of same-day sessions
            // never matters.
            let endOfDay = index + 1 == sessions.count || sessions[index + 1].day != session.day
            guard gained, endOfDay else { continue }
            gained = false
            achieved.withUnsafeBufferPointer { view in
                for area in areaMasks.indices where doneAt[area] == 0 && OutcomeIndex.covers(view, areaMasks[area]) {
                    doneAt[area] = count
                }
                if awardDay == nil && outcomes.isComplete(view) { awardDay = session.day }
            }
        }
        for month in 0..<TrendWindow.monthCount where activeMonths & (1 << UInt16(month)) != 0 {
            centres[centre].monthlyActive[month] += 1
        }
        if let awardDay, awardDay >= trendStart {
            centres[centre].monthlyAwards[Int(monthOfDay[Int(awardDay - trendStart)])] += 1
        }
        guard onBooks else { return }
        if wasActive { centres[centre].active += 1 }
        achieved.withUnsafeBufferPointer { view in
            for area in areaMasks.indices {
                if OutcomeIndex.touches(view, areaMasks[area]) { centres[centre].started[area] += 1 }
                if doneAt[area] > 0 {
                    centres[centre].areaCompleted[area] += 1
                    centres[centre].sessionsToComplete[area].append(doneAt[area])
                }
            }
        }
        if let awardDay {
            centres[centre].completedToDate += 1
            if awardDay >= from { centres[centre].completed += 1 }
        } else if learner.withdrawnOn.map({ $0 > to }) ?? true, last <= dropOffLine {
            centres[centre].dropOff += 1
        }
    }

    /// Whether a session is counted as delivered now: a session is one session ref, however many attended it
    /// (docs/architecture.md), so a group's first counted attendance delivers it and the others do not.
    private mutating func firstDelivery(_ delivery: Int32) -> Bool {
        guard delivery >= 0 else { return true }
        let bit: UInt64 = 1 << UInt64(delivery & 63)
        if deliveredGroups[Int(delivery >> 6)] & bit != 0 { return false }
        deliveredGroups[Int(delivery >> 6)] |= bit
        return true
    }
}
