/// Computes every regional measure from a `ReportInput`; the one place the figures are worked out.
public enum RegionalComputation {
    /// Sums for one place, before the derived measures are worked out.
    struct Tally {
        var learners = 0, enrolled = 0, active = 0, withdrawn = 0, completed = 0, completedToDate = 0, dropOff = 0
        var sessions = 0, minutes = 0, deliveredSessions = 0, tutorMinutes = 0
        var tutors = Set<Int32>()
        var started: [Int]
        var areaCompleted: [Int]
        var sessionsToComplete: [[Int32]]
        var monthlyActive = Array(repeating: 0, count: TrendWindow.monthCount)
        var monthlyAwards = Array(repeating: 0, count: TrendWindow.monthCount)

        init(areas: Int) {
            started = Array(repeating: 0, count: areas)
            areaCompleted = Array(repeating: 0, count: areas)
            sessionsToComplete = Array(repeating: [], count: areas)
        }

        mutating func merge(_ other: Tally) {
            learners += other.learners
            enrolled += other.enrolled
            active += other.active
            withdrawn += other.withdrawn
            completed += other.completed
            completedToDate += other.completedToDate
            dropOff += other.dropOff
            sessions += other.sessions
            minutes += other.minutes
            deliveredSessions += other.deliveredSessions
            tutorMinutes += other.tutorMinutes
            tutors.formUnion(other.tutors)
            for month in monthlyActive.indices {
                monthlyActive[month] += other.monthlyActive[month]
                monthlyAwards[month] += other.monthlyAwards[month]
            }
            for area in started.indices {
                started[area] += other.started[area]
                areaCompleted[area] += other.areaCompleted[area]
                sessionsToComplete[area] += other.sessionsToComplete[area]
            }
        }
    }

    /// Days without a session after which a learner who has not completed counts as dropped off.
    public static let dropOffDays = 90

    /// The figures for `period`, with the previous period of the same length when `comparePrevious` is set.
    public static func figures(
        _ input: ReportInput, period: ReportPeriod, comparePrevious: Bool, consentingOnly: Bool
    ) -> RegionalFigures {
        let current = rollUp(input, centreTallies(input, period: period, consentingOnly: consentingOnly), period: period)
        var total = current.total
        var regions = current.regions
        var previousPeriod: ReportPeriod?
        if comparePrevious {
            let before = period.previous
            previousPeriod = before
            let previous = rollUp(input, centreTallies(input, period: before, consentingOnly: consentingOnly), period: before)
            attach(previous.total, to: &total)
            for index in regions.indices { attach(previous.regions[index], to: &regions[index]) }
        }
        return RegionalFigures(
            period: period, previousPeriod: previousPeriod, curriculumID: input.outcomes.curriculumID,
            completionTitle: input.outcomes.completionTitle,
            areas: input.outcomes.areas.map { .init(id: $0.id, title: $0.title) }, consentingOnly: consentingOnly,
            total: total, regions: regions)
    }

    private static func attach(_ previous: PlaceFigures, to place: inout PlaceFigures) {
        let before = PeriodTotals(previous)
        let now = PeriodTotals(place)
        place.previous = before
        place.change = now.minus(before)
        for index in place.children.indices { attach(previous.children[index], to: &place.children[index]) }
    }

    /// One pass over the learners and their sessions, summing into each learner's centre. Learners who withdrew
    /// before the period are scanned for the twelve-month trend only.
    static func centreTallies(_ input: ReportInput, period: ReportPeriod, consentingOnly: Bool) -> [Tally] {
        let areas = input.outcomes.areas
        let areaMasks = areas.map(\.mask)
        let words = input.outcomes.wordCount
        var tallies = Array(repeating: Tally(areas: areas.count), count: input.centres.count)
        let from = Int32(period.from.ordinal)
        let to = Int32(period.to.ordinal)
        let dropOffLine = to - Int32(dropOffDays)
        var delivered = [UInt64](repeating: 0, count: (input.deliveryCount + 63) / 64)
        var achieved = [UInt64](repeating: 0, count: words)
        var doneAt = [Int32](repeating: 0, count: areas.count)
        let trend = TrendWindow(endingOn: period.to)
        let trendStart = Int32(trend.monthStarts[0].ordinal)
        let monthOfDay = trend.monthOfDay()
        input.sessions.withUnsafeBufferPointer { sessions in
            input.outcomeWords.withUnsafeBufferPointer { outcomeWords in
                achieved.withUnsafeMutableBufferPointer { achieved in
                    for learner in input.learners {
                        if consentingOnly && !learner.openDataConsent { continue }
                        if learner.enrolledOn > to { continue }
                        let onBooks = learner.withdrawnOn.map { $0 >= from } ?? true
                        let centre = Int(learner.centre)
                        if onBooks {
                            tallies[centre].learners += 1
                            if learner.enrolledOn >= from { tallies[centre].enrolled += 1 }
                            if let withdrawn = learner.withdrawnOn, withdrawn <= to { tallies[centre].withdrawn += 1 }
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
                        let start = Int(learner.firstSession)
                        let end = start + Int(learner.sessionCount)
                        for index in start..<end {
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
                                tallies[centre].sessions += 1
                                tallies[centre].minutes += Int(session.minutes)
                                let delivery = Int(session.delivery)
                                let bit: UInt64 = 1 << UInt64(delivery & 63)
                                if delivered[delivery >> 6] & bit == 0 {
                                    delivered[delivery >> 6] |= bit
                                    tallies[centre].deliveredSessions += 1
                                    tallies[centre].tutorMinutes += Int(session.minutes)
                                }
                                if session.tutor != lastTutor {
                                    lastTutor = session.tutor
                                    tallies[centre].tutors.insert(session.tutor)
                                }
                            }
                            // Areas and the award are checked once a day's sessions are all in, so the order of
                            // same-day sessions never matters.
                            let endOfDay = index + 1 == end || sessions[index + 1].day != session.day
                            guard gained, endOfDay else { continue }
                            gained = false
                            let view = UnsafeBufferPointer(achieved)
                            for area in areaMasks.indices where doneAt[area] == 0 && OutcomeIndex.covers(view, areaMasks[area]) {
                                doneAt[area] = count
                            }
                            if awardDay == nil && input.outcomes.isComplete(view) { awardDay = session.day }
                        }
                        for month in 0..<TrendWindow.monthCount where activeMonths & (1 << UInt16(month)) != 0 {
                            tallies[centre].monthlyActive[month] += 1
                        }
                        if let awardDay, awardDay >= trendStart {
                            tallies[centre].monthlyAwards[Int(monthOfDay[Int(awardDay - trendStart)])] += 1
                        }
                        guard onBooks else { continue }
                        if wasActive { tallies[centre].active += 1 }
                        let view = UnsafeBufferPointer(achieved)
                        for area in areaMasks.indices {
                            if OutcomeIndex.touches(view, areaMasks[area]) { tallies[centre].started[area] += 1 }
                            if doneAt[area] > 0 {
                                tallies[centre].areaCompleted[area] += 1
                                tallies[centre].sessionsToComplete[area].append(doneAt[area])
                            }
                        }
                        if let awardDay {
                            tallies[centre].completedToDate += 1
                            if awardDay >= from { tallies[centre].completed += 1 }
                        } else if learner.withdrawnOn.map({ $0 > to }) ?? true, last <= dropOffLine {
                            tallies[centre].dropOff += 1
                        }
                    }
                }
            }
        }
        return tallies
    }

    /// Centres into local authorities, local authorities into regions, regions into the total.
    static func rollUp(_ input: ReportInput, _ centres: [Tally], period: ReportPeriod) -> (total: PlaceFigures, regions: [PlaceFigures]) {
        let areas = input.outcomes.areas
        let window = TrendWindow(endingOn: period.to)
        var authorityTallies = Array(repeating: Tally(areas: areas.count), count: input.localAuthorities.count)
        var authorityCentres = Array(repeating: [PlaceFigures](), count: input.localAuthorities.count)
        for (index, centre) in input.centres.enumerated() {
            authorityTallies[centre.localAuthority].merge(centres[index])
            let region = input.regions[input.localAuthorities[centre.localAuthority].region]
            authorityCentres[centre.localAuthority].append(
                place(.centre, code: centre.ref, name: centre.name, regionCode: region.code, centres[index], input: input))
        }
        var regionTallies = Array(repeating: Tally(areas: areas.count), count: input.regions.count)
        var regionAuthorities = Array(repeating: [PlaceFigures](), count: input.regions.count)
        for (index, authority) in input.localAuthorities.enumerated() {
            regionTallies[authority.region].merge(authorityTallies[index])
            let region = input.regions[authority.region]
            var figures = place(
                .localAuthority, code: authority.reference?.code ?? authority.name, name: authority.name, regionCode: region.code,
                authorityTallies[index], input: input)
            if let reference = authority.reference {
                let inNeed = Int((Double(reference.population) * region.needShare).rounded())
                figures.need = need(
                    population: reference.population, kind: LocalAuthorityReference.populationKind, year: 2020, share: region.needShare,
                    measure: region.needMeasure, needYear: region.needYear, peopleInNeed: inNeed, figures: figures)
                figures.position = reference.position
            }
            figures.trend = trend(authorityTallies[index], window: window)
            // By ref: centres matched to one authority under different spellings arrive in the spellings' order.
            figures.children = authorityCentres[index].sorted { $0.code < $1.code }
            regionAuthorities[authority.region].append(figures)
        }
        var total = Tally(areas: areas.count)
        var regions: [PlaceFigures] = []
        for (index, region) in input.regions.enumerated() {
            total.merge(regionTallies[index])
            var figures = place(.region, code: region.code, name: region.name, regionCode: region.code, regionTallies[index], input: input)
            figures.need = need(
                population: region.population, kind: region.populationKind, year: region.populationYear, share: region.needShare,
                measure: region.needMeasure, needYear: region.needYear, peopleInNeed: region.peopleInNeed, figures: figures)
            figures.tile = TilePosition(row: region.tileRow, column: region.tileColumn)
            figures.trend = trend(regionTallies[index], window: window)
            figures.children = regionAuthorities[index]
            regions.append(figures)
        }
        var all = place(.total, code: "ALL", name: "All regions", regionCode: "", total, input: input)
        all.trend = trend(total, window: window)
        let population = input.regions.reduce(0) { $0 + $1.population }
        let inNeed = input.regions.reduce(0) { $0 + $1.peopleInNeed }
        let measures = Set(input.regions.map(\.needMeasure))
        let years = Set(input.regions.map(\.needYear))
        all.need = need(
            population: population,
            kind: Set(input.regions.map(\.populationKind)).count == 1 ? input.regions.first?.populationKind ?? "" : "mixed",
            year: input.regions.map(\.populationYear).max() ?? 0, share: population > 0 ? Double(inNeed) / Double(population) : 0,
            measure: measures.count == 1 ? measures.first! : "mixed measures (see each region)",
            needYear: years.count == 1 ? years.first! : 0,
            peopleInNeed: inNeed, figures: all)
        return (all, regions)
    }

    private static func trend(_ tally: Tally, window: TrendWindow) -> [MonthFigures] {
        (0..<TrendWindow.monthCount).map {
            MonthFigures(month: window.label($0), learnersActive: tally.monthlyActive[$0], awardsEarned: tally.monthlyAwards[$0])
        }
    }

    private static func need(
        population: Int, kind: String, year: Int, share: Double, measure: String, needYear: Int, peopleInNeed: Int, figures: PlaceFigures
    ) -> NeedFigures {
        var need = NeedFigures(
            population: population, populationKind: kind, populationYear: year, needShare: share, needMeasure: measure,
            needYear: needYear, peopleInNeed: peopleInNeed, reachPer1000InNeed: nil, remainingGap: 0, remainingGapPer1000People: nil)
        need.measure(learners: figures.learners, completedToDate: figures.completedToDate)
        return need
    }

    private static func place(
        _ level: PlaceLevel, code: String, name: String, regionCode: String, _ tally: Tally, input: ReportInput
    ) -> PlaceFigures {
        var areas: [String: AreaFigures] = [:]
        for (index, area) in input.outcomes.areas.enumerated() {
            areas[area.id] = AreaFigures(
                started: tally.started[index], completed: tally.areaCompleted[index],
                medianSessionsToComplete: median(tally.sessionsToComplete[index]))
        }
        return PlaceFigures(
            level: level, code: code, name: name, regionCode: regionCode, learners: tally.learners, enrolled: tally.enrolled,
            active: tally.active, withdrawn: tally.withdrawn, completed: tally.completed, completedToDate: tally.completedToDate,
            dropOff: tally.dropOff, sessions: tally.sessions, minutes: tally.minutes, deliveredSessions: tally.deliveredSessions,
            tutorMinutes: tally.tutorMinutes, activeTutors: tally.tutors.count,
            learnersPerTutor: PlaceFigures.learnersPerTutor(active: tally.active, tutors: tally.tutors.count),
            areas: areas, need: nil, tile: nil, previous: nil, change: nil, children: [])
    }

    /// The middle value, or the mean of the two middle values; nil for none.
    public static func median(_ values: [Int32]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }
}
