import Foundation
import SkillsCore
import SkillsRendering

/// Writes the regional report's files from the one computation.
struct RegionalReportFiles {
    let folder: String
    /// Printed in every page's footer.
    let programmeName: String

    /// Writes every file; returns their paths in the order written. `open` is always the whole programme: its
    /// disclosure control runs once over every level, and a region's open files are a slice of it. Without `open`
    /// (a period open data is not published for) only the exact files are written.
    func write(exact: RegionalFigures, open: RegionalFigures?, region: String?, mapRegions: [PlaceFigures]) async throws -> [String] {
        let openFolder = (folder as NSString).appendingPathComponent("open")
        do {
            try FileManager.default.createDirectory(atPath: open == nil ? folder : openFolder, withIntermediateDirectories: true)
        } catch {
            throw ServiceError.file(.cannotCreateFolder(path: open == nil ? folder : openFolder))
        }
        let exactTable = RegionalTable(exact, deepest: .centre)
        let allOpen = open.map(RegionalTable.open)
        let openTable = allOpen.map { table in region.map { table.slice(region: $0) } ?? table }
        let csvPath = path("regional.csv")
        let jsonPath = path("regional.json")
        let trendPath = path("regional-trend.csv")
        let openCSV = (openFolder as NSString).appendingPathComponent("regional.csv")
        let openJSON = (openFolder as NSString).appendingPathComponent("regional.json")
        let pdfPath = path("regional-report.pdf")
        let programmeName = programmeName
        // Three independent writers side by side (the JSON encoders are the slow part); only one of them draws.
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try Self.save(Data(exactTable.csv.utf8), to: csvPath)
                try Self.save(try JSONFormat.spelledOutKeys.encode(exact), to: jsonPath)
            }
            group.addTask {
                try Self.save(Data(RegionalTrendTable.csv(exact).utf8), to: trendPath)
                guard let openTable else { return }
                try Self.save(Data(openTable.csv.utf8), to: openCSV)
                let json = openTable.openJSON(
                    periodFrom: exact.period.from.description, periodTo: exact.period.to.description, curriculumID: exact.curriculumID,
                    note: Self.openNote)
                try Self.save(Data(json.utf8), to: openJSON)
            }
            group.addTask {
                let pages = RegionalReportLayout().pages(RegionalReportContent(exact, mapRegions: mapRegions, programmeName: programmeName))
                do {
                    try CairoRenderer(pdfTitle: "Regional report").writePDF(pages, to: URL(fileURLWithPath: pdfPath))
                } catch {
                    throw ServiceError.file(.cannotWrite(path: pdfPath))
                }
            }
            try await group.waitForAll()
        }
        return [pdfPath, csvPath, jsonPath, trendPath] + (open == nil ? [] : [openCSV, openJSON])
    }

    /// What `open/regional.json` says about itself.
    static let openNote =
        "Counts are rounded to the nearest 5. Counts from 1 to 4, figures built on them, and enough other cells that none can be worked out by subtraction are shown as [c]. Rates, gaps and changes are worked out from the rounded counts. Only learners who consented to open statistics are counted. Definitions: Reports/README.md."

    private func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }

    private static func save(_ data: Data, to path: String) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ServiceError.file(.cannotWrite(path: path))
        }
    }
}
