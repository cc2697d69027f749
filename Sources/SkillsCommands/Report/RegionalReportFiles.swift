import Foundation
import SkillsCore
import SkillsRendering

/// Writes the regional report's five files from the one computation.
struct RegionalReportFiles {
    let folder: String
    /// Printed in every page's footer.
    let programmeName: String

    /// Writes every file; returns their paths in the order written. `open` is always the whole programme: its
    /// disclosure control runs once over every level, and a region's open files are a slice of it.
    func write(exact: RegionalFigures, open: RegionalFigures, region: String?, mapRegions: [PlaceFigures]) throws -> [String] {
        let openFolder = (folder as NSString).appendingPathComponent("open")
        do {
            try FileManager.default.createDirectory(atPath: openFolder, withIntermediateDirectories: true)
        } catch {
            throw UserError(.noInput, "cannot create '\(openFolder)' — check the path and that you may write there")
        }
        let exactTable = RegionalTable(exact, deepest: .centre)
        let allOpen = RegionalTable.open(open)
        let openTable = region.map { allOpen.slice(region: $0) } ?? allOpen
        let csvPath = path("regional.csv")
        let jsonPath = path("regional.json")
        let trendPath = path("regional-trend.csv")
        let openCSV = (openFolder as NSString).appendingPathComponent("regional.csv")
        let openJSON = (openFolder as NSString).appendingPathComponent("regional.json")
        let pdfPath = path("regional-report.pdf")
        // Three independent writers side by side (the JSON encoders are the slow part); each writes only its own slot.
        let jobs: [@Sendable () throws -> Void] = [
            {
                try save(Data(exactTable.csv.utf8), to: csvPath)
                try save(try JSONOutput.encoder.encode(exact), to: jsonPath)
            },
            {
                try save(Data(RegionalTrendTable.csv(exact).utf8), to: trendPath)
                try save(Data(openTable.csv.utf8), to: openCSV)
                let json = openTable.openJSON(
                    periodFrom: exact.period.from.description, periodTo: exact.period.to.description, curriculumID: exact.curriculumID,
                    note: Self.openNote)
                try save(Data(json.utf8), to: openJSON)
            },
            {
                let pages = RegionalReportLayout().pages(
                    RegionalReportContent(exact, mapRegions: mapRegions, programmeName: programmeName))
                do {
                    try CairoRenderer(pdfTitle: "Regional report").writePDF(pages, to: URL(fileURLWithPath: pdfPath))
                } catch let error as RenderError {
                    throw UserError(.noInput, error.description)
                }
            },
        ]
        nonisolated(unsafe) var failures = [(any Error)?](repeating: nil, count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            do { try jobs[index]() } catch { failures[index] = error }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        return [pdfPath, csvPath, jsonPath, trendPath, openCSV, openJSON]
    }

    /// What `open/regional.json` says about itself.
    static let openNote =
        "Counts from 1 to 4, figures built on them, and enough other cells that none can be worked out by subtraction are shown as [c]. Only learners who consented to open statistics are counted. Definitions: Reports/README.md."

    private func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }

    private func save(_ data: Data, to path: String) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw UserError(.noInput, "cannot write '\(path)' — check the folder exists and you may write to it")
        }
    }
}
