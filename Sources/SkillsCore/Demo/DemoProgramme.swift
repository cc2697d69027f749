import Foundation

/// Generates a realistic demo programme as the four import files' rows: centres in every region, tutors, learners
/// with names in many scripts, and a year of weekly sessions in which learners progress at different speeds and some
/// drop out. The same settings always give the same programme.
public struct DemoProgramme {
    /// Which import file a row belongs to.
    public enum File: String, CaseIterable, Sendable {
        case centres, tutors, learners, sessions
    }

    /// The column headers of each file, as documented for `skills import`.
    public static let headers: [File: [String]] = [
        .centres: ["centre_ref", "name", "region_code", "local_authority"],
        .tutors: ["tutor_ref", "name", "centre_ref", "dbs_checked_on", "dbs_expires_on", "trained_on", "role"],
        .learners: [
            "learner_ref", "name", "year_of_birth", "centre_ref", "enrolled_on", "preferred_language", "postcode_district", "large_print",
            "open_data_consent",
        ],
        .sessions: ["session_ref", "date", "learner_ref", "tutor_ref", "minutes", "mode", "outcomes", "notes"],
    ]

    public var learners: Int
    public var seed: UInt64
    public var today: Day
    /// Region codes with their populations, to spread centres in proportion.
    public var regions: [(code: String, population: Int)]
    /// The curriculum's outcome ids in the order learners usually achieve them.
    public var outcomeOrder: [String]

    public init(learners: Int, seed: UInt64, today: Day, regions: [(code: String, population: Int)], outcomeOrder: [String]) {
        self.learners = learners
        self.seed = seed
        self.today = today
        self.regions = regions
        self.outcomeOrder = outcomeOrder
    }

    private struct CentrePlan {
        var ref: String
        var region: String
        var district: String
        var tutors: [String] = []
        var groupDay: Int
    }

    /// Emits every row of every file, in file order: centres, tutors, learners, sessions.
    public func generate(_ emit: (File, [String]) throws -> Void) rethrows {
        var random = SeededRandom(seed: seed)
        var centres = planCentres(&random)
        try emitCentres(&centres, &random, emit)
        try emitTutors(&centres, &random, emit)
        try emitLearnersAndSessions(centres, &random, emit)
    }

    private func planCentres(_ random: inout SeededRandom) -> [CentrePlan] {
        let count = min(2000, max(regions.count * 2, learners / 40))
        let population = regions.reduce(0) { $0 + $1.population }
        var plans: [CentrePlan] = []
        for region in regions {
            let share = max(2, Int((Double(count) * Double(region.population) / Double(max(1, population))).rounded()))
            for index in 0..<share {
                let towns = DemoPlaces.towns[region.code] ?? [DemoPlaces.Town(name: "Town", authority: "Town", district: "AB1")]
                let town = towns[index % towns.count]
                let prefix = String(town.name.uppercased().unicodeScalars.filter { ("A"..."Z").contains($0) }.prefix(6).map(Character.init))
                plans.append(
                    CentrePlan(
                        ref: "\(prefix)-\(String(format: "%02d", index / towns.count + 1))", region: region.code, district: town.district,
                        groupDay: Int.random(in: 1...7, using: &random)))
            }
        }
        return plans
    }

    private func emitCentres(_ centres: inout [CentrePlan], _ random: inout SeededRandom, _ emit: (File, [String]) throws -> Void) rethrows
    {
        for centre in centres {
            let towns = DemoPlaces.towns[centre.region] ?? []
            let town = towns.first { $0.district == centre.district }
            let number = Int(centre.ref.split(separator: "-").last ?? "1") ?? 1
            let venue = DemoPlaces.venues[(number - 1) % DemoPlaces.venues.count]
            let suffix = number > DemoPlaces.venues.count ? " \(number)" : ""
            try emit(.centres, [centre.ref, "\(town?.name ?? "Town") \(venue)\(suffix)", centre.region, town?.authority ?? ""])
        }
    }

    private func emitTutors(_ centres: inout [CentrePlan], _ random: inout SeededRandom, _ emit: (File, [String]) throws -> Void) rethrows {
        let perCentre = max(2, learners / max(1, centres.count) / 8)
        var number = 0
        for index in centres.indices {
            for _ in 0..<perCentre {
                number += 1
                let ref = "T" + String(format: "%05d", number)
                let checked = today.adding(days: -Int.random(in: 20...1080, using: &random))
                let trained = checked.adding(days: Int.random(in: 7...60, using: &random))
                let role = random.chance(0.85) ? "volunteer" : "staff"
                try emit(
                    .tutors,
                    [
                        ref, DemoNames.person(&random).name, centres[index].ref, checked.description, "", min(trained, today).description,
                        role,
                    ])
                centres[index].tutors.append(ref)
            }
        }
    }

    private func emitLearnersAndSessions(_ centres: [CentrePlan], _ random: inout SeededRandom, _ emit: (File, [String]) throws -> Void)
        rethrows
    {
        var groupSizes: [String: Int] = [:]
        var sessionRows: [[String]] = []
        for number in 1...max(1, learners) {
            let centre = centres[Int.random(in: 0..<centres.count, using: &random)]
            let ref = "L" + String(format: "%06d", number)
            let person = DemoNames.person(&random)
            let age = 25 + Int(63 * pow(Double.random(in: 0..<1, using: &random), 0.6))
            let enrolled = today.adding(days: -Int.random(in: 0...364, using: &random))
            let largePrint = random.chance(age > 70 ? 0.3 : 0.05)
            let consent = random.chance(0.9)
            try emit(
                .learners,
                [
                    ref, person.name, String(today.year - age), centre.ref, enrolled.description, person.language, centre.district,
                    largePrint ? "yes" : "no", consent ? "yes" : "no",
                ])
            sessionRows.removeAll(keepingCapacity: true)
            planSessions(learner: ref, centre: centre, enrolled: enrolled, &random, &groupSizes, into: &sessionRows)
            for row in sessionRows { try emit(.sessions, row) }
        }
    }

    private func planSessions(
        learner: String, centre: CentrePlan, enrolled: Day, _ random: inout SeededRandom, _ groupSizes: inout [String: Int],
        into rows: inout [[String]]
    ) {
        let pace = Double.random(in: 0.3...1.5, using: &random) * DemoPlaces.pace(centre.region)
        let dropOut = random.chance(0.25) ? 0.015 : 0.07
        let mainTutor = random.pick(centre.tutors)
        var credit = 0.0
        var next = 0
        var week = 0
        var count = 0
        var lastGroup = ""
        while next < outcomeOrder.count {
            let date = enrolled.adding(days: week * 7 + Int.random(in: 0...2, using: &random))
            if date > today || random.chance(dropOut) { break }
            week += 1
            guard random.chance(0.8) else { continue }
            credit += pace * Double.random(in: 0.5...1.5, using: &random)
            let gained = min(Int(credit), outcomeOrder.count - next)
            credit -= Double(gained)
            let outcomes = outcomeOrder[next..<(next + gained)].joined(separator: ";")
            next += gained
            count += 1
            let groupDate = Day(year: date.year, month: date.month, day: centre.groupDay) ?? date
            let groupRef = "G-\(centre.ref)-\(date.year)\(String(format: "%02d", date.month))"
            if date.day <= 7, groupDate >= enrolled, groupDate <= today, groupSizes[groupRef, default: 0] < 8, groupRef != lastGroup,
                random.chance(0.5)
            {
                groupSizes[groupRef, default: 0] += 1
                lastGroup = groupRef
                rows.append([
                    groupRef, groupDate.description, learner, centre.tutors[0], "90", "in-person", outcomes,
                    "Group session: spotting scam texts",
                ])
                continue
            }
            let mode = random.chance(0.8) ? "in-person" : (random.chance(0.6) ? "phone" : "video")
            let minutes = random.pick(["30", "45", "45", "60", "60", "90"])
            let tutor = random.chance(0.85) ? mainTutor : random.pick(centre.tutors)
            let note = random.chance(0.05) ? random.pick(Self.notes) : ""
            rows.append(["S\(learner.dropFirst())-\(count)", date.description, learner, tutor, minutes, mode, outcomes, note])
        }
    }

    private static let notes = [
        "Practised video calls with family", "Used \"Find my phone\", then reset a password", "Set up online banking, slowly",
        "Booked a GP appointment online", "Brought own tablet; updated apps\nand cleared storage",
    ]
}
