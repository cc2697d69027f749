import Foundation
import SkillsCore

/// Reads the documented reference-geography CSV (Reports/README.md) into regions, listing every problem.
enum RegionsCSV {
    static let columns = [
        "code", "name", "name_cy", "tile_row", "tile_col", "population", "population_kind", "population_year",
        "population_source", "need_share", "need_measure", "need_year", "need_source",
    ]

    /// The largest population a region can have: more than the world's, small enough that no figure built on it overflows.
    static let populationRange = 1...10_000_000_000
    static let yearRange = 1900...2100
    static let tileRange = 0...99

    /// Every region in the file; throws one error listing each bad line, nothing loaded.
    static func read(_ text: String, file: String) throws -> [Region] {
        var parser = CSVParser()
        var header: CSVHeader?
        var regions: [Region] = []
        var problems: [String] = []
        var tiles: [String: String] = [:]
        var codes: Set<String> = []
        var headerFailed = false
        func handle(_ record: inout CSVRecord) {
            guard !headerFailed else { return }
            let fields = record.strings
            guard let header else {
                let checked = CSVHeader.check(fields, required: columns.filter { $0 != "name_cy" }, optional: ["name_cy"])
                header = checked.header
                problems += checked.problems.map { "\(file):\(record.line):\($0.field): error: \($0.message)" }
                headerFailed = header == nil
                return
            }
            func value(_ name: String) -> String { header.index[name].map { $0 < fields.count ? fields[$0] : "" } ?? "" }
            func bad(_ name: String, _ message: String) {
                problems.append("\(file):\(record.line):\((header.index[name] ?? 0) + 1): error: \(message)")
            }
            if !header.fits(fields.count) {
                problems.append(
                    "\(file):\(record.line):\(min(fields.count, header.widths.lowerBound) + 1): error: \(header.misfit(fields.count))")
                return
            }
            func int(_ name: String, in range: ClosedRange<Int>) -> Int? {
                guard let number = Int(value(name)), range.contains(number) else {
                    bad(
                        name,
                        "\(name) '\(value(name))' must be a whole number from \(range.lowerBound.formatted()) to \(range.upperBound.formatted())"
                    )
                    return nil
                }
                return number
            }
            let share = Double(value("need_share"))
            if share == nil || !(0...1).contains(share!) {
                bad("need_share", "need_share '\(value("need_share"))' must be a fraction from 0 to 1, such as 0.12")
            }
            let row = int("tile_row", in: Self.tileRange)
            let column = int("tile_col", in: Self.tileRange)
            let population = int("population", in: Self.populationRange)
            let populationYear = int("population_year", in: Self.yearRange)
            let needYear = int("need_year", in: Self.yearRange)
            if !CurriculumValidator.isReference(value("code")) {
                bad("code", "code '\(value("code"))' must be a code such as W92000004 (letters and digits)")
            } else if !codes.insert(value("code")).inserted {
                bad("code", "code '\(value("code"))' is in the file twice")
            }
            if let problem = FieldRules.nameProblem(value("name")) { bad("name", "name: \(problem)") }
            guard let row, let column, let population, let populationYear, let needYear, let share else { return }
            if let other = tiles["\(row),\(column)"] { bad("tile_row", "tile \(row),\(column) is already used by \(other)") }
            tiles["\(row),\(column)"] = value("code")
            regions.append(
                Region(
                    code: value("code"), name: value("name"), nameWelsh: value("name_cy").isEmpty ? nil : value("name_cy"),
                    tileRow: row, tileColumn: column, population: population, populationKind: value("population_kind"),
                    populationYear: populationYear, populationSource: value("population_source"), needShare: share,
                    needMeasure: value("need_measure"), needYear: needYear, needSource: value("need_source")))
        }
        parser.parse(text, emit: handle)
        if header == nil, !headerFailed {
            problems.append("\(file):1:1: error: the file is empty; it needs a header row: \(columns.joined(separator: ","))")
        }
        guard problems.isEmpty else {
            throw ServiceError.file(
                .contents(
                    path: file, summary: "\(problems.count) problem(s) in \(file); nothing was loaded — fix them and load it again",
                    problems: problems))
        }
        return regions
    }
}
