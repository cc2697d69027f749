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

    /// The figures for the input's period, for everyone or for consenting learners only, compared with the period
    /// before when the input was tallied for it too.
    public static func figures(_ input: ReportInput, consentingOnly: Bool) -> RegionalFigures {
        let views = input.tallies.filter { $0.consentingOnly == consentingOnly }
        let now = views.first { $0.period == input.period }
        let current = rollUp(input, now?.centres ?? [], period: input.period)
        var total = current.total
        var regions = current.regions
        var previousPeriod: ReportPeriod?
        if let before = views.first(where: { $0.period != input.period }) {
            previousPeriod = before.period
            let previous = rollUp(input, before.centres, period: before.period)
            attach(previous.total, to: &total)
            for index in regions.indices { attach(previous.regions[index], to: &regions[index]) }
        }
        return RegionalFigures(
            period: input.period, previousPeriod: previousPeriod, curriculumID: input.outcomes.curriculumID,
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

    /// Centres into local authorities, local authorities into regions, regions into the total.
    static func rollUp(_ input: ReportInput, _ centres: [Tally], period: ReportPeriod) -> (total: PlaceFigures, regions: [PlaceFigures]) {
        let areas = input.outcomes.areas
        let window = TrendWindow(endingOn: period.to)
        var authorityTallies = Array(repeating: Tally(areas: areas.count), count: input.localAuthorities.count)
        var authorityCentres = Array(repeating: [PlaceFigures](), count: input.localAuthorities.count)
        for (index, centre) in input.centres.enumerated() {
            let tally = index < centres.count ? centres[index] : Tally(areas: areas.count)
            authorityTallies[centre.localAuthority].merge(tally)
            let region = input.regions[input.localAuthorities[centre.localAuthority].region]
            authorityCentres[centre.localAuthority].append(
                place(.centre, code: centre.ref, name: centre.name, regionCode: region.code, tally, input: input))
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
