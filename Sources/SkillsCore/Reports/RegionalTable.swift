/// The regional figures as one flat table (one row per place), the shape of `regional.csv` and the open files.
public struct RegionalTable: Sendable, Equatable {
    /// One cell: a value, or `[c]` after disclosure control, or empty when the measure does not apply.
    public enum Cell: Sendable, Equatable {
        case text(String)
        case count(Int)
        case number(Double)
        case suppressed
        case empty

        /// The CSV text: integers plain, other numbers to at most two decimals, `[c]`, or nothing.
        public var csv: String {
            switch self {
            case .text(let text): return text
            case .count(let value): return String(value)
            case .number(let value): return RegionalTable.decimal(value)
            case .suppressed: return DisclosureControl.marker
            case .empty: return ""
            }
        }
    }

    /// How a column is treated by disclosure control.
    enum Kind {
        /// Identifies the row; never suppressed.
        case label
        /// A count of people or sessions, additive up the hierarchy.
        case count
        /// Built on counts: suppressed whenever any of the named count columns is.
        case derived([String])
        /// Published reference data (population, need): never suppressed.
        case reference
    }

    struct Column {
        var name: String
        var kind: Kind
        var value: (PlaceFigures) -> Cell
    }

    public var columns: [String]
    public var rows: [[Cell]]
    /// Each row's parent (the row it adds up into), or nil for the total.
    public var parents: [Int?]

    /// Rounds to at most two decimals and drops trailing zeros: 2.5, 12.25, 3.
    public static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100
        let fraction = abs(hundredths % 100)
        let sign = value < 0 && whole == 0 && fraction != 0 ? "-" : ""
        if fraction == 0 { return sign + String(whole) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return "\(sign)\(whole).\(digits)"
    }

    /// Every place down to the deepest level asked for, exact (no suppression).
    public init(_ figures: RegionalFigures, deepest: PlaceLevel) {
        let columns = Self.columns(figures)
        self.columns = columns.map(\.name)
        var rows: [[Cell]] = []
        var parents: [Int?] = []
        func add(_ place: PlaceFigures, parent: Int?) {
            rows.append(columns.map { $0.value(place) })
            parents.append(parent)
            let me = rows.count - 1
            guard place.level != deepest else { return }
            for child in place.children { add(child, parent: me) }
        }
        if figures.total.level == .total {
            var total = figures.total
            total.children = figures.regions
            add(total, parent: nil)
        } else {
            for region in figures.regions { add(region, parent: nil) }
        }
        self.rows = rows
        self.parents = parents
    }

    /// The open-data table: the total, regions, local authorities and centres, with disclosure control applied to all
    /// levels together. Pass the whole programme's figures, then `slice(region:)` for one region, so a region's open file
    /// holds exactly the cells of the UK one and nothing can be worked out by comparing the two. Which cells to hide is
    /// decided on the exact counts; the cells shown are rounded (`PublicationRounding`).
    public static func open(_ figures: RegionalFigures) -> RegionalTable {
        let kinds = columns(figures).map(\.kind)
        let hidden = RegionalTable(figures, deepest: .centre).suppressedCells(kinds: kinds)
        var table = RegionalTable(figures.roundedForPublication(), deepest: .centre)
        table.suppress(hidden, kinds: kinds)
        return table
    }

    /// One region's rows (the region, its local authorities and their centres), the region at the top.
    public func slice(region code: String) -> RegionalTable {
        let level = columns.firstIndex(of: "level")!
        let codeColumn = columns.firstIndex(of: "code")!
        guard
            let top = rows.indices.first(where: {
                rows[$0][level] == .text(PlaceLevel.region.rawValue) && rows[$0][codeColumn] == .text(code)
            })
        else { return RegionalTable(columns: columns, rows: [], parents: []) }
        var kept = [top]
        var newIndex = [top: 0]
        for row in rows.indices where row > top {
            guard let parent = parents[row], newIndex[parent] != nil else { continue }
            newIndex[row] = kept.count
            kept.append(row)
        }
        return RegionalTable(
            columns: columns, rows: kept.map { rows[$0] }, parents: kept.map { row in parents[row].flatMap { newIndex[$0] } })
    }

    private init(columns: [String], rows: [[Cell]], parents: [Int?]) {
        self.columns = columns
        self.rows = rows
        self.parents = parents
    }

    /// Per row, per count column (in `kinds` order), whether disclosure control hides the cell.
    private func suppressedCells(kinds: [Kind]) -> [[Bool]] {
        let countColumns = kinds.indices.filter { if case .count = kinds[$0] { true } else { false } }
        let counts = rows.map { row in
            countColumns.map { column -> Int in if case .count(let value) = row[column] { value } else { 0 } }
        }
        return DisclosureControl.suppressed(counts: counts, parents: parents)
    }

    /// Hides the cells `suppressedCells` chose, and every figure built on one of them.
    private mutating func suppress(_ hidden: [[Bool]], kinds: [Kind]) {
        let countColumns = kinds.indices.filter { if case .count = kinds[$0] { true } else { false } }
        let position = Dictionary(uniqueKeysWithValues: countColumns.enumerated().map { (columns[$1], $0) })
        for row in rows.indices {
            for (column, kind) in kinds.enumerated() {
                switch kind {
                case .count:
                    if hidden[row][position[columns[column]]!] { rows[row][column] = .suppressed }
                case .derived(let bases):
                    if bases.contains(where: { hidden[row][position[$0]!] }), rows[row][column] != .empty {
                        rows[row][column] = .suppressed
                    }
                case .label, .reference:
                    break
                }
            }
        }
    }

    /// The table's columns, in order; documented in Reports/README.md.
    static func columns(_ figures: RegionalFigures) -> [Column] {
        func count(_ name: String, _ value: @escaping (PlaceFigures) -> Int) -> Column {
            Column(name: name, kind: .count) { .count(value($0)) }
        }
        func number(_ name: String, _ bases: [String], _ value: @escaping (PlaceFigures) -> Double?) -> Column {
            Column(name: name, kind: .derived(bases)) { place in value(place).map { .number($0) } ?? .empty }
        }
        var columns: [Column] = [
            Column(name: "level", kind: .label) { .text($0.level.rawValue) },
            Column(name: "code", kind: .label) { .text($0.code) },
            Column(name: "name", kind: .label) { .text($0.name) },
            Column(name: "region_code", kind: .label) { .text($0.regionCode) },
            Column(name: "period_from", kind: .label) { _ in .text(figures.period.from.description) },
            Column(name: "period_to", kind: .label) { _ in .text(figures.period.to.description) },
            count("learners", \.learners), count("enrolled", \.enrolled), count("active", \.active),
            count("withdrawn", \.withdrawn), count("completed", \.completed), count("completed_to_date", \.completedToDate),
            count("drop_off", \.dropOff), count("sessions", \.sessions),
            Column(name: "minutes", kind: .derived(["sessions"])) { .count($0.minutes) },
            count("delivered_sessions", \.deliveredSessions),
            number("tutor_hours", ["delivered_sessions"]) { $0.tutorHours },
            count("active_tutors", \.activeTutors),
            number("learners_per_tutor", ["active", "active_tutors"]) { $0.learnersPerTutor },
        ]
        for area in figures.areas {
            let id = area.id.replacingOccurrences(of: "-", with: "_")
            columns.append(count("\(id)_started") { $0.areas[area.id]?.started ?? 0 })
            columns.append(count("\(id)_completed") { $0.areas[area.id]?.completed ?? 0 })
            columns.append(number("\(id)_median_sessions_to_complete", ["\(id)_completed"]) { $0.areas[area.id]?.medianSessionsToComplete })
        }
        func need(_ name: String, _ kind: Kind, _ value: @escaping (NeedFigures) -> Cell) -> Column {
            Column(name: name, kind: kind) { place in place.need.map(value) ?? .empty }
        }
        columns += [
            need("population", .reference) { .count($0.population) },
            need("need_share", .reference) { .number($0.needShare) },
            need("people_in_need", .reference) { .count($0.peopleInNeed) },
            need("reach_per_1000_in_need", .derived(["learners"])) { $0.reachPer1000InNeed.map { .number($0) } ?? .empty },
            need("remaining_gap", .derived(["completed_to_date"])) { .count($0.remainingGap) },
            need("remaining_gap_per_1000_people", .derived(["completed_to_date"])) {
                $0.remainingGapPer1000People.map { .number($0) } ?? .empty
            },
        ]
        if figures.previousPeriod != nil {
            let compared: [(String, KeyPath<PeriodTotals, Int>)] = [
                ("learners", \.learners), ("active", \.active), ("sessions", \.sessions), ("completed", \.completed),
            ]
            for (name, path) in compared {
                columns.append(Column(name: "previous_\(name)", kind: .count) { .count($0.previous?[keyPath: path] ?? 0) })
            }
            for (name, path) in compared {
                columns.append(
                    Column(name: "change_\(name)", kind: .derived([name, "previous_\(name)"])) { place in
                        place.change.map { .count($0[keyPath: path]) } ?? .empty
                    })
            }
        }
        return columns
    }

    /// The table as CSV text (RFC 4180, UTF-8, LF), header first.
    public var csv: String {
        var text = CSVWriter.line(columns)
        for row in rows { text += CSVWriter.line(row.map(\.csv)) }
        return text
    }
}
