import Foundation

/// The fixture's answers worked out directly from its rows, the slow obvious way, without the code under test.
struct RegionalReportModel {
    typealias F = RegionalReportFixture
    let from: String, to: String
    /// area id → its outcome codes, from `skills curriculum show --json` (the curriculum file, not the report code).
    let areas: [String: [String]]
    /// region code → (population, need share, tile row, tile column, population year, need year), from the regions CSV.
    let regions: [String: (population: Int, share: Double, row: Int, column: Int, populationYear: Int, needYear: Int)]
    let consentingOnly: Bool
    /// The shipped local-authority table, read with Python's csv module.
    let authorities: [Authority]

    /// One row of `Reports/regions/uk-local-authorities.csv`.
    struct Authority {
        var code, name, region: String
        var population: Int
        var latitude, longitude: Double
    }

    static func shift(_ iso: String, days: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: formatter.date(from: iso)!.addingTimeInterval(Double(days) * 86_400))
    }

    /// The curriculum award of eds-life.yaml: every foundation outcome, and at least three of each other area.
    func hasAward(_ achieved: Set<String>) -> Bool {
        areas.allSatisfy { id, codes in
            let got = codes.filter(achieved.contains).count
            return id == "foundation" ? got == codes.count : got >= 3
        }
    }

    func sessions(of learner: String) -> [F.Session] {
        F.sessions.filter { $0.learner == learner && $0.date <= to }.sorted { $0.date < $1.date }
    }

    func onBooks(_ l: F.Learner) -> Bool {
        if consentingOnly && !l.consent { return false }
        if l.enrolled > to { return false }
        if l.withdraws && F.today < from { return false }
        return true
    }

    func awardDay(_ l: F.Learner) -> String? {
        var achieved = Set<String>()
        for s in sessions(of: l.ref) {
            achieved.formUnion(s.outcomes)
            if hasAward(achieved) { return s.date }
        }
        return nil
    }

    /// Every figure for the learners at these centres, keyed as the JSON spells it.
    func figures(centres: [String]) -> [String: Double] {
        let people = F.learners.filter { centres.contains($0.centre) && onBooks($0) }
        var out: [String: Double] = [:]
        let inPeriod = people.flatMap { l in sessions(of: l.ref).filter { $0.date >= from } }
        out["learners"] = Double(people.count)
        out["enrolled"] = Double(people.filter { $0.enrolled >= from }.count)
        out["active"] = Double(people.filter { l in inPeriod.contains { $0.learner == l.ref } }.count)
        out["withdrawn"] = Double(people.filter { $0.withdraws && F.today <= to }.count)
        out["completed"] = Double(people.filter { awardDay($0).map { $0 >= from } ?? false }.count)
        let toDate = people.filter { awardDay($0) != nil }.count
        out["completed_to_date"] = Double(toDate)
        let line = Self.shift(to, days: -90)
        out["drop_off"] = Double(
            people.filter { l in
                guard awardDay(l) == nil, !(l.withdraws && F.today <= to) else { return false }
                let last = max(l.enrolled, sessions(of: l.ref).last?.date ?? l.enrolled)
                return last <= line
            }.count)
        out["sessions"] = Double(inPeriod.count)
        out["minutes"] = Double(inPeriod.reduce(0) { $0 + $1.minutes })
        var delivered: [String: Int] = [:]
        for s in inPeriod where delivered["\(s.tutor)|\(s.date)|\(s.ref)"] == nil { delivered["\(s.tutor)|\(s.date)|\(s.ref)"] = s.minutes }
        out["delivered_sessions"] = Double(delivered.count)
        out["tutor_minutes"] = Double(delivered.values.reduce(0, +))
        let tutors = Set(inPeriod.map(\.tutor))
        out["active_tutors"] = Double(tutors.count)
        if !tutors.isEmpty { out["learners_per_tutor"] = out["active"]! / Double(tutors.count) }
        for (id, codes) in areas {
            var started = 0
            var completed = 0
            var counts: [Int] = []
            for l in people {
                var achieved = Set<String>()
                var doneAt: Int?
                let all = sessions(of: l.ref)
                for s in all {
                    achieved.formUnion(s.outcomes)
                    if doneAt == nil && codes.allSatisfy(achieved.contains) { doneAt = all.filter { $0.date <= s.date }.count }
                }
                if codes.contains(where: achieved.contains) { started += 1 }
                if let doneAt {
                    completed += 1
                    counts.append(doneAt)
                }
            }
            out["areas.\(id).started"] = Double(started)
            out["areas.\(id).completed"] = Double(completed)
            if !counts.isEmpty {
                let sorted = counts.sorted()
                out["areas.\(id).median_sessions_to_complete"] =
                    sorted.count % 2 == 1
                    ? Double(sorted[sorted.count / 2]) : Double(sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
            }
        }
        return out
    }

    func need(population: Int, inNeed: Int, completedToDate: Double, learners: Double) -> [String: Double] {
        let gap = Double(inNeed) - completedToDate
        return [
            "need.population": Double(population), "need.people_in_need": Double(inNeed),
            "need.reach_per_1000_in_need": learners * 1000 / Double(inNeed), "need.remaining_gap": gap,
            "need.remaining_gap_per_1000_people": gap * 1000 / Double(population),
        ]
    }

    /// The twelve `YYYY-MM` months ending with the month of `to`, oldest first.
    var trendMonths: [String] {
        var year = Int(to.prefix(4))!
        var month = Int(to.dropFirst(5).prefix(2))!
        var months: [String] = []
        for _ in 0..<12 {
            months.insert(String(format: "%04d-%02d", year, month), at: 0)
            month -= 1
            if month == 0 { (year, month) = (year - 1, 12) }
        }
        return months
    }

    /// Learners at these centres active in each month, and awards earned in each month (withdrawn learners count too).
    func trend(centres: [String]) -> [String: Double] {
        var out: [String: Double] = [:]
        let people = F.learners.filter { centres.contains($0.centre) && (!consentingOnly || $0.consent) && $0.enrolled <= to }
        for (index, month) in trendMonths.enumerated() {
            let active = people.filter { l in sessions(of: l.ref).contains { $0.date.hasPrefix(month) } }.count
            let awards = people.filter { awardDay($0)?.hasPrefix(month) ?? false }.count
            out["trend[\(index)].learners_active"] = Double(active)
            out["trend[\(index)].awards_earned"] = Double(awards)
        }
        return out
    }

    /// Every number `regional.json` should hold, by path.
    func expectedJSON(previous: RegionalReportModel?) -> [String: Double] {
        var out: [String: Double] = [:]
        func add(_ prefix: String, _ figures: [String: Double]) { for (k, v) in figures { out["\(prefix).\(k)"] = v } }
        func compare(_ prefix: String, centres: [String]) {
            guard let previous else { return }
            let now = figures(centres: centres)
            let before = previous.figures(centres: centres)
            for key in ["learners", "active", "sessions", "minutes", "completed", "tutor_minutes"] {
                out["\(prefix).previous.\(key)"] = before[key]!
                out["\(prefix).change.\(key)"] = now[key]! - before[key]!
            }
        }
        let allCentres = F.centres.map(\.ref)
        add("total", figures(centres: allCentres))
        add("total", trend(centres: allCentres))
        compare("total", centres: allCentres)
        let totalPopulation = regions.values.reduce(0) { $0 + $1.population }
        let totalNeed = regions.values.reduce(0) { $0 + Int((Double($1.population) * $1.share).rounded()) }
        let all = figures(centres: allCentres)
        add(
            "total",
            need(population: totalPopulation, inNeed: totalNeed, completedToDate: all["completed_to_date"]!, learners: all["learners"]!))
        out["total.need.need_share"] = Double(totalNeed) / Double(totalPopulation)
        out["total.need.population_year"] = Double(regions.values.map(\.populationYear).max()!)
        out["total.need.need_year"] = Set(regions.values.map(\.needYear)).count == 1 ? Double(regions.values.first!.needYear) : 0
        for (code, region) in regions {
            let centres = F.centres.filter { $0.region == code }
            let prefix = "regions[\(code)]"
            let figures = figures(centres: centres.map(\.ref))
            add(prefix, figures)
            add(prefix, trend(centres: centres.map(\.ref)))
            compare(prefix, centres: centres.map(\.ref))
            add(
                prefix,
                need(
                    population: region.population, inNeed: Int((Double(region.population) * region.share).rounded()),
                    completedToDate: figures["completed_to_date"]!, learners: figures["learners"]!))
            out["\(prefix).need.need_share"] = region.share
            out["\(prefix).need.population_year"] = Double(region.populationYear)
            out["\(prefix).need.need_year"] = Double(region.needYear)
            out["\(prefix).tile.row"] = Double(region.row)
            out["\(prefix).tile.column"] = Double(region.column)
            // Every reference authority of the region is listed, with or without centres; the fixture's names match.
            for authority in authorities where authority.region == code {
                let inAuthority = centres.filter { $0.authority == authority.name }.map(\.ref)
                let laPrefix = "\(prefix).children[\(authority.code)]"
                let laFigures = self.figures(centres: inAuthority)
                add(laPrefix, laFigures)
                add(laPrefix, trend(centres: inAuthority))
                compare(laPrefix, centres: inAuthority)
                add(
                    laPrefix,
                    need(
                        population: authority.population, inNeed: Int((Double(authority.population) * region.share).rounded()),
                        completedToDate: laFigures["completed_to_date"]!, learners: laFigures["learners"]!))
                out["\(laPrefix).need.need_share"] = region.share
                out["\(laPrefix).need.population_year"] = 2020
                out["\(laPrefix).need.need_year"] = Double(region.needYear)
                out["\(laPrefix).position.latitude"] = authority.latitude
                out["\(laPrefix).position.longitude"] = authority.longitude
                for centre in inAuthority {
                    add("\(laPrefix).children[\(centre)]", self.figures(centres: [centre]))
                    compare("\(laPrefix).children[\(centre)]", centres: [centre])
                }
            }
        }
        return out
    }
}

/// Flattens JSON to `path → number`: objects by key, arrays of places by their `code`.
func flattenNumbers(_ value: Any, _ path: String, into out: inout [String: Double]) {
    if let object = value as? [String: Any] {
        for (key, child) in object where key != "consenting_only" {
            flattenNumbers(child, path.isEmpty ? key : "\(path).\(key)", into: &out)
        }
    } else if let array = value as? [Any] {
        for (index, child) in array.enumerated() {
            let key = (child as? [String: Any])?["code"] as? String ?? String(index)
            flattenNumbers(child, "\(path)[\(key)]", into: &out)
        }
    } else if let number = value as? NSNumber, !(value is String) {
        out[path] = number.doubleValue
    }
}
